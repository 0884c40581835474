-- One single-row commit, as a consumer's or an intake's own transaction commits: the floor's unit of work.
INSERT INTO bench_commits DEFAULT VALUES;

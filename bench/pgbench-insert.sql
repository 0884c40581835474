-- pgbench: one durable single-row insert per transaction into a table shaped like the complaints service's cases.
INSERT INTO bench_cases (id, hotline, reference, kind, category, complainant, respondent, description, received_at, created_at)
VALUES (gen_random_uuid(), 'hotline-12315', gen_random_uuid()::text, 'Complaint', 'Price',
        '{"name":"王小明","phone":"13912345678","address":"上海市徐汇区某路1号"}'::jsonb,
        '{"name":"某电器商场","address":"某区某路2号","regionCode":"310000"}'::jsonb,
        '促销价格与结算价格不符，要求退还差价。', now(), now());

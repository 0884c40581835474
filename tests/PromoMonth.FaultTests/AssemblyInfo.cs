// Each collection starts a whole system of its own; two at once on a 2-core machine would starve both.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

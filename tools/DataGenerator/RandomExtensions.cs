namespace PromoMonth.DataGenerator;

/// <summary>Picking from the seeded generator, so the same seed plans the same campaign.</summary>
public static class RandomExtensions
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>An item with probability proportional to its weight.</summary>
    public static T PickWeighted<T>(this Random random, IReadOnlyList<(T Item, int Weight)> items)
    {
        var roll = random.Next(items.Sum(i => i.Weight));
        foreach (var (item, weight) in items)
        {
            if (roll < weight)
            {
                return item;
            }
            roll -= weight;
        }
        throw new InvalidOperationException("Weights must be positive.");
    }

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>Up to <paramref name="count"/> distinct items, in random order.</summary>
    public static List<T> Sample<T>(this Random random, IReadOnlyList<T> items, int count)
    {
        var shuffled = items.ToArray();
        random.Shuffle(shuffled);
        return [.. shuffled.Take(count)];
    }
}

using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace PromoMonth.ServiceDefaults.Messaging;

/// <summary>
/// A consumer whose whole effect is one SQL statement: the inbox row and the effect are one statement, so one round
/// trip, where <see cref="IdempotentConsumer{TMessage, TDbContext}"/> takes three. The effect reads the CTE
/// <c>first_delivery</c>, which holds a row only for the first delivery of a message id, so a repeat changes nothing.
/// </summary>
public abstract partial class InboxedStatementConsumer<TMessage, TDbContext>(TDbContext db, TimeProvider clock)
    : IConsumer<TMessage>
    where TMessage : class
    where TDbContext : DbContext
{
    private const int InboxArguments = 3;

    /// <summary>Stable across releases: renaming it would make old messages look new.</summary>
    protected virtual string ConsumerName => GetType().Name;

    /// <summary>
    /// The effect: a statement that takes its rows from <c>first_delivery</c> (<c>INSERT … SELECT … FROM first_delivery</c>).
    /// When it changes no row the delivery is counted as a repeat.
    /// </summary>
    protected abstract FormattableString Effect(TMessage message);

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException(
                $"{typeof(TMessage).Name} arrived without a message id; the inbox cannot deduplicate it.");
        var effect = Effect(context.Message);
        // The effect's placeholders follow the inbox's three.
        var shifted = Placeholder().Replace(effect.Format,
            m => "{" + (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + InboxArguments)
                .ToString(CultureInfo.InvariantCulture));
        var statement = FormattableStringFactory.Create(
            """
            WITH first_delivery AS (
                INSERT INTO inbox_messages (message_id, consumer, handled_at) VALUES ({0}, {1}, {2})
                ON CONFLICT DO NOTHING RETURNING message_id)
            """ + "\n" + shifted,
            [messageId, ConsumerName, clock.GetUtcNow(), .. effect.GetArguments()]);
        var changed = await db.Database.ExecuteSqlAsync(statement, context.CancellationToken);
        if (changed == 0)
        {
            MessagingTelemetry.DuplicatesIgnored.Add(1, new KeyValuePair<string, object?>("consumer", ConsumerName));
        }
    }

    /// <summary>A placeholder's opening brace and index; an escaped brace (<c>{{</c>) is text, not a placeholder.</summary>
    [GeneratedRegex(@"(?<!\{)\{(\d+)")]
    private static partial Regex Placeholder();
}

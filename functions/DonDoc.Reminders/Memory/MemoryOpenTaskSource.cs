namespace DonDoc.Reminders.Memory;

/// <summary>Open tasks held in memory, for tests and local runs without storage. Thread-safe.</summary>
public sealed class MemoryOpenTaskSource : IOpenTaskSource
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, OpenTask> tasks = new(StringComparer.Ordinal);

    /// <summary>A source holding <paramref name="tasks"/>.</summary>
    public MemoryOpenTaskSource(IEnumerable<OpenTask>? tasks = null)
    {
        foreach (var task in tasks ?? [])
        {
            Add(task);
        }
    }

    /// <summary>How many open tasks are held.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return tasks.Count;
            }
        }
    }

    /// <summary>Adds or replaces a task.</summary>
    public void Add(OpenTask task)
    {
        lock (gate)
        {
            tasks[task.TaskId] = task;
        }
    }

    /// <summary>Closes a task: it is no longer open, so no longer reminded.</summary>
    public bool Complete(string taskId)
    {
        lock (gate)
        {
            return tasks.Remove(taskId);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<OpenTask>> ListDueAsync(DateOnly dueOnOrBefore, CancellationToken ct)
    {
        lock (gate)
        {
            IReadOnlyList<OpenTask> due = [.. tasks.Values.Where(t => t.Due is null ? t.Kind is not null : t.Due <= dueOnOrBefore)];
            return Task.FromResult(due);
        }
    }
}

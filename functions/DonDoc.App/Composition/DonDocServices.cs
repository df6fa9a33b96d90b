using DonDoc.App.Ingestion;
using DonDoc.App.Letters;
using DonDoc.App.Records;
using DonDoc.App.Reminders;
using DonDoc.App.Settings;
using DonDoc.Calendar;
using DonDoc.Letters;
using DonDoc.Ocr;

namespace DonDoc.App.Composition;

/// <summary>
/// DonDoc's use cases wired to their adapters from settings, once per process: the Functions handler and the
/// CLI compose the same way, so what runs locally is what runs in Azure.
/// </summary>
public sealed class DonDocServices
{
    public DonDocSettings Settings { get; }
    public DonDocStorage Storage { get; }
    public IOcrEngine Ocr { get; }
    public WorkingDayCalendar Calendar { get; } = WorkingDayCalendar.Vietnam;
    public TimeProvider Clock { get; }
    public LetterIngestion Ingestion { get; }
    public IncomingReconciler Reconciler { get; }
    public TaskBook Tasks { get; }
    public ReminderSending Reminders { get; }
    /// <summary>The HMAC key of "Đã hoàn thành" links: DONDOC_LINK_KEY (hex or text), or a fixed development key locally.</summary>
    public byte[] LinkKey { get; }

    public DonDocServices(DonDocSettings settings, TimeProvider? clock = null, IOcrEngine? ocr = null, HttpMessageHandler? storageHandler = null)
    {
        Settings = settings;
        Clock = clock ?? TimeProvider.System;
        Storage = DonDocStorage.From(settings, storageHandler);
        Ocr = ocr ?? OcrEngines.Create(settings.Ocr);
        Ingestion = new LetterIngestion(Storage, Ocr, new LetterReader(Calendar), Clock);
        Reconciler = new IncomingReconciler(Storage, Clock);
        Tasks = new TaskBook(Storage, Clock);
        LinkKey = LinkKeyFrom(settings.LinkKey);
        Reminders = new ReminderSending(settings, Storage, Calendar, Clock, LinkKey);
    }

    private static byte[] LinkKeyFrom(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
            return System.Security.Cryptography.SHA256.HashData("dondoc local development link key — not for mail that leaves the machine"u8);
        try
        {
            var hex = Convert.FromHexString(configured.Trim());
            if (hex.Length >= 32) return hex;
        }
        catch (FormatException)
        {
            // Not hex: a passphrase, stretched below.
        }
        return System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(configured));
    }

    /// <summary>Today in Việt Nam (UTC+7, no daylight saving): what "today" means for deadlines and reminders.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);
}

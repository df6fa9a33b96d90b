namespace DonDoc.Reminders;

/// <summary>A file attached to a mail.</summary>
/// <param name="Name">File name shown to the reader; plain ASCII built by DonDoc, never letter text.</param>
/// <param name="ContentType">MIME type, e.g. "text/calendar; charset=utf-8; method=PUBLISH".</param>
/// <param name="Content">The bytes.</param>
public sealed record MailAttachment(string Name, string ContentType, byte[] Content);

/// <summary>
/// A mail ready to send: one To address, copies, a subject without line breaks, an HTML body and the same
/// content as plain text, and attachments. Mailers send it as is.
/// </summary>
/// <param name="To">The recipient.</param>
/// <param name="Cc">Copies; may be empty.</param>
/// <param name="Subject">One line; never holds CR or LF.</param>
/// <param name="Html">The HTML body, every inserted value escaped.</param>
/// <param name="Text">The plain-text body.</param>
/// <param name="Attachments">Attachments; may be empty.</param>
public sealed record MailMessage(
    string To,
    IReadOnlyList<string> Cc,
    string Subject,
    string Html,
    string Text,
    IReadOnlyList<MailAttachment> Attachments);

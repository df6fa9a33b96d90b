using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace DonDoc.Storage;

/// <summary>The XML of Put Message and Get Messages, and the base64 encoding of message text.</summary>
internal static class QueueXml
{
    /// <summary>&lt;QueueMessage&gt;&lt;MessageText&gt;base64(UTF-8 text)&lt;/MessageText&gt;&lt;/QueueMessage&gt;</summary>
    public static byte[] PutBody(string text)
    {
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(text)); // base64 needs no XML escaping
        return Encoding.UTF8.GetBytes("<QueueMessage><MessageText>" + base64 + "</MessageText></QueueMessage>");
    }

    public static List<QueueMessage> ParseMessages(byte[] body)
    {
        var messages = new List<QueueMessage>();
        if (body.Length == 0) return messages;
        using var stream = new MemoryStream(body, writable: false);
        var root = XDocument.Load(stream).Root;
        foreach (var m in root?.Elements("QueueMessage") ?? [])
        {
            messages.Add(new QueueMessage(
                (string?)m.Element("MessageId") ?? "",
                (string?)m.Element("PopReceipt") ?? "",
                DecodeText((string?)m.Element("MessageText") ?? ""),
                int.TryParse((string?)m.Element("DequeueCount"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) ? count : 0));
        }
        return messages;
    }

    /// <summary>
    /// Base64-decodes a message body as the Functions host expects it encoded. A body that is not valid
    /// base64 UTF-8 (put by a tool with encoding "none") is returned as stored rather than lost.
    /// </summary>
    public static string DecodeText(string stored)
    {
        var buffer = new byte[(stored.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(stored, buffer, out var written)) return stored;
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer, 0, written);
        }
        catch (DecoderFallbackException)
        {
            return stored;
        }
    }
}

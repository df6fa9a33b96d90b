using System.Security.Cryptography;
using System.Text;

namespace DonDoc.Ocr.Tests.Support;

/// <summary>
/// Small PDFs written by hand for the bad-file tests: many empty pages, and one locked with the standard
/// security handler (RC4 40-bit, revision 2: ISO 32000-1 §7.6.3, algorithms 2–4), which poppler opens with
/// the right password and refuses without it, like a clerk's password-protected file.
/// </summary>
internal static class TestPdf
{
    private static readonly byte[] Padding = Convert.FromHexString("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");

    /// <summary>A valid PDF of <paramref name="pages"/> empty A4 pages.</summary>
    public static byte[] EmptyPages(int pages)
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Count {pages} /Kids [{string.Join(' ', Enumerable.Range(3, pages).Select(n => $"{n} 0 R"))}] >>",
        };
        objects.AddRange(Enumerable.Repeat("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>", pages));
        return Write(objects.Select(o => Encoding.ASCII.GetBytes(o)).ToList(), "");
    }

    /// <summary>A one-page PDF with a line of text, encrypted; empty <paramref name="userPassword"/> = opens without one.</summary>
    public static byte[] Encrypted(string userPassword, string ownerPassword, string text)
    {
        var id = RandomNumberGenerator.GetBytes(16);
        var owner = Rc4(MD5.HashData(Pad(ownerPassword))[..5], Pad(userPassword));
        const int permissions = -44;
        var key = MD5.HashData([.. Pad(userPassword), .. owner, .. BitConverter.GetBytes(permissions), .. id])[..5];
        var user = Rc4(key, Padding);
        var content = Encoding.ASCII.GetBytes($"BT /F1 14 Tf 72 760 Td ({text}) Tj ET");
        var encrypted = Rc4(ObjectKey(key, 4), content);
        var objects = new List<byte[]>
        {
            Encoding.ASCII.GetBytes("<< /Type /Catalog /Pages 2 0 R >>"),
            Encoding.ASCII.GetBytes("<< /Type /Pages /Count 1 /Kids [3 0 R] >>"),
            Encoding.ASCII.GetBytes("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 6 0 R >> >> >>"),
            Stream(encrypted),
            Encoding.ASCII.GetBytes($"<< /Filter /Standard /V 1 /R 2 /O <{Convert.ToHexString(owner)}> /U <{Convert.ToHexString(user)}> /P {permissions} >>"),
            Encoding.ASCII.GetBytes("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
        };
        var hex = Convert.ToHexString(id);
        return Write(objects, $" /Encrypt 5 0 R /ID [<{hex}> <{hex}>]");
    }

    private static byte[] Stream(byte[] data) =>
        [.. Encoding.ASCII.GetBytes($"<< /Length {data.Length} >>\nstream\n"), .. data, .. Encoding.ASCII.GetBytes("\nendstream")];

    private static byte[] Write(List<byte[]> objects, string trailerExtra)
    {
        using var pdf = new MemoryStream();
        void Put(string s) => pdf.Write(Encoding.ASCII.GetBytes(s));
        Put("%PDF-1.4\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            Put($"{i + 1} 0 obj\n");
            pdf.Write(objects[i]);
            Put("\nendobj\n");
        }
        var xref = pdf.Position;
        Put($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets)
        {
            Put($"{o:D10} 00000 n \n");
        }
        Put($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R{trailerExtra} >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    private static byte[] Pad(string password)
    {
        var bytes = Encoding.Latin1.GetBytes(password);
        return [.. bytes.Take(32), .. Padding.Take(Math.Max(0, 32 - bytes.Length))];
    }

    // Algorithm 1: the key for one object's strings and streams.
    private static byte[] ObjectKey(byte[] key, int objectNumber) =>
        MD5.HashData([.. key, (byte)objectNumber, (byte)(objectNumber >> 8), (byte)(objectNumber >> 16), 0, 0])[..Math.Min(key.Length + 5, 16)];

    private static byte[] Rc4(byte[] key, byte[] data)
    {
        var s = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + s[i] + key[i % key.Length]) & 255;
            (s[i], s[j]) = (s[j], s[i]);
        }
        var output = new byte[data.Length];
        for (int n = 0, i = 0, j = 0; n < data.Length; n++)
        {
            i = (i + 1) & 255;
            j = (j + s[i]) & 255;
            (s[i], s[j]) = (s[j], s[i]);
            output[n] = (byte)(data[n] ^ s[(s[i] + s[j]) & 255]);
        }
        return output;
    }
}

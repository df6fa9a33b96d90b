namespace DonDoc.Letters;

/// <summary>
/// What was read from one official letter, in the terms of the letter contract (design §5).
/// Unknown values are null; lists are never null.
/// </summary>
public sealed record Letter
{
    public string? Number { get; init; }
    public DocType DocType { get; init; } = DocType.Other;
    public string? Issuer { get; init; }
    public string? Place { get; init; }
    public DateOnly? IssuedOn { get; init; }
    public string? Subject { get; init; }
    /// <summary>HỎA TỐC, THƯỢNG KHẨN, KHẨN or null.</summary>
    public string? Urgency { get; init; }
    /// <summary>MẬT, TỐI MẬT, TUYỆT MẬT or null. A secret letter's content must never be mailed.</summary>
    public string? Secrecy { get; init; }
    public Signer Signer { get; init; } = new(null, null, null);
    public IReadOnlyList<string> Recipients { get; init; } = [];
    public IReadOnlyList<Reference> References { get; init; } = [];
    public IReadOnlyList<LetterTask> Tasks { get; init; } = [];
    public IReadOnlyList<ReadWarning> Warnings { get; init; } = [];
    /// <summary>0..1: how much of the letter's frame (number, date, issuer, subject, signer) was found intact.</summary>
    public double Confidence { get; init; }
}

/// <summary>The signature block: name, the signer's own title, and the authority prefix (TM, KT, TL, TUQ, Q).</summary>
public sealed record Signer(string? Name, string? Title, string? Authority);

/// <summary>A document the letter cites, with that document's date when the text gives it.</summary>
public sealed record Reference(string Number, DateOnly? Date);

/// <summary>An action assigned by the letter, with its lead body, co-operating bodies and deadline.</summary>
public sealed record LetterTask(
    string Assignee,
    IReadOnlyList<string> Coordinators,
    string Action,
    Deadline? Deadline,
    Evidence Evidence);

/// <summary>Where a value was read: page (1-based) and a span of the NFC-normalised input text.</summary>
public sealed record Evidence(int Page, int Start, int Length);

/// <summary>Something a person should check, with a stable code and the position in the text it concerns.</summary>
public sealed record ReadWarning(string Code, string Message, int? Start = null);

/// <summary>The kinds of document named in Nghị định 30/2020 that DonDoc distinguishes.</summary>
public enum DocType
{
    CongVan, ThongBao, QuyetDinh, KeHoach, ChiThi, BaoCao, ToTrinh, NghiQuyet, CongDien, GiayMoi, Other,
}

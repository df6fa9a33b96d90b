namespace DonDoc.Letters.Layout;

/// <summary>A page of positioned lines, in any order; <paramref name="Width"/> and <paramref name="Height"/> in the lines' unit.</summary>
public sealed record LayoutPage(int Number, double Width, double Height, IReadOnlyList<LayoutLine> Lines);

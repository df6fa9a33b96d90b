using DonDoc.Letters.Text;

namespace DonDoc.Letters.Parsers;

/// <summary>Common Vietnamese family names, folded, to tell a signer's name from other capitalised words.</summary>
public static class Surnames
{
    private static readonly HashSet<string> Folded = new(
        ("nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly cao mai dinh truong lam doan luong ta ha to " +
         "chau quach luu thai la kieu vuong trieu chu trinh dao phung than giang hua khuc luc lai tang au diep mac tong ong quan " +
         "nghiem tu vien trinh ninh bach dam dong kim lu manh nong phi sam tieu ung vi lo hau khong tan thach quang doan hoang " +
         "an bach lang nghiem y")
        .Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    public static bool IsSurname(string word) => Folded.Contains(Folding.Fold(word));
}

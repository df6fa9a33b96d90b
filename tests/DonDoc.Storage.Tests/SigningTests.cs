namespace DonDoc.Storage.Tests;

/// <summary>SharedKey strings-to-sign and signatures against the documented examples (platform notes §5.2).</summary>
public sealed class SigningTests
{
    private const string DevKey = StorageConnectionString.DevelopmentAccountKey;

    [Fact]
    public void Blob_string_to_sign_matches_the_documented_get_container_metadata_example()
    {
        // learn.microsoft.com/rest/api/storageservices/authorize-with-shared-key, "Blob service example".
        var request = new StorageRequest(HttpMethod.Get, new Uri("https://myaccount.blob.core.windows.net/mycontainer?restype=container&comp=metadata&timeout=20"));
        var s = StringToSign.ForBlobOrQueue("myaccount", request, "Fri, 26 Jun 2015 23:39:12 GMT", "2015-02-21");
        Assert.Equal("GET\n\n\n\n\n\n\n\n\n\n\n\nx-ms-date:Fri, 26 Jun 2015 23:39:12 GMT\nx-ms-version:2015-02-21\n/myaccount/mycontainer\ncomp:metadata\nrestype:container\ntimeout:20", s);
    }

    [Fact]
    public void Signature_is_base64_hmac_sha256_of_the_utf8_string_with_the_decoded_key()
    {
        // Expected values computed independently (Python hmac) for the Azurite key.
        var credential = new SharedKeyCredential("devstoreaccount1", DevKey);
        Assert.Equal("1u9lui2jDxj0+fpbHjQ5m5NnastJRSYM+PSmfi8TXx4=",
            credential.Sign("GET\n\n\n\n\n\n\n\n\n\n\n\nx-ms-date:Fri, 26 Jun 2015 23:39:12 GMT\nx-ms-version:2015-02-21\n/myaccount/mycontainer\ncomp:metadata\nrestype:container\ntimeout:20"));
        Assert.Equal("Mp8YJS1iY4YO6aRi0fUlSabGDKxPS9bfAHmLzoRxTB8=",
            credential.Sign("GET\n\n\nSun, 11 Oct 2009 19:52:39 GMT\n/devstoreaccount1/devstoreaccount1/Tables"));
    }

    [Fact]
    public void Azurite_path_style_puts_the_account_name_twice_and_keeps_the_encoded_path()
    {
        var request = new StorageRequest(HttpMethod.Put, new Uri("http://127.0.0.1:10000/devstoreaccount1/incoming/C%C3%B4ng%20v%C4%83n%20%231.pdf")) { Body = new byte[] { 1, 2, 3 }, ContentType = "application/pdf" }
            .With("x-ms-blob-type", "BlockBlob")
            .With("x-ms-meta-Issuer", "B%E1%BB%99")
            .With("If-None-Match", "*");
        var s = StringToSign.ForBlobOrQueue("devstoreaccount1", request, "Mon, 23 Nov 2026 10:00:00 GMT", "2025-01-05");
        Assert.Equal(
            "PUT\n\n\n3\n\napplication/pdf\n\n\n\n*\n\n\n" +
            "x-ms-blob-type:BlockBlob\nx-ms-date:Mon, 23 Nov 2026 10:00:00 GMT\nx-ms-meta-issuer:B%E1%BB%99\nx-ms-version:2025-01-05\n" +
            "/devstoreaccount1/devstoreaccount1/incoming/C%C3%B4ng%20v%C4%83n%20%231.pdf", s);
    }

    [Fact]
    public void Empty_body_signs_an_empty_content_length()
    {
        var request = new StorageRequest(HttpMethod.Put, new Uri("http://127.0.0.1:10000/devstoreaccount1/c?restype=container"));
        var s = StringToSign.ForBlobOrQueue("devstoreaccount1", request, "D", "V");
        Assert.StartsWith("PUT\n\n\n\n", s);
        Assert.EndsWith("/devstoreaccount1/devstoreaccount1/c\nrestype:container", s);
    }

    [Fact]
    public void Query_values_are_decoded_and_names_sorted_lower_case()
    {
        var request = new StorageRequest(HttpMethod.Get, new Uri("http://h/acct/c?restype=container&comp=list&prefix=a%20b%2Fc&Marker=x"));
        var s = StringToSign.ForBlobOrQueue("acct", request, "D", "V");
        Assert.EndsWith("/acct/acct/c\ncomp:list\nmarker:x\nprefix:a b/c\nrestype:container", s);
    }

    [Fact]
    public void Table_string_to_sign_is_verb_md5_type_date_and_resource_with_only_comp()
    {
        var request = new StorageRequest(HttpMethod.Get, new Uri("http://127.0.0.1:10002/devstoreaccount1/Tasks()?$filter=PartitionKey%20eq%20'a'&$top=5&comp=acl"));
        Assert.Equal("GET\n\n\nSun, 11 Oct 2009 19:52:39 GMT\n/devstoreaccount1/devstoreaccount1/Tasks()?comp=acl",
            StringToSign.ForTable("devstoreaccount1", request, "Sun, 11 Oct 2009 19:52:39 GMT"));

        var insert = new StorageRequest(HttpMethod.Post, new Uri("https://acct.table.core.windows.net/Tasks")) { Body = new byte[] { 1 }, ContentType = "application/json" };
        Assert.Equal("POST\n\napplication/json\nD\n/acct/Tasks", StringToSign.ForTable("acct", insert, "D"));
    }
}

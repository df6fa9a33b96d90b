namespace DonDoc.Storage.Tests;

public sealed class ConnectionStringTests
{
    [Fact]
    public void Development_storage_is_azurite_path_style_on_the_default_ports()
    {
        var cs = StorageConnectionString.Parse("UseDevelopmentStorage=true");
        Assert.Equal("devstoreaccount1", cs.AccountName);
        Assert.Equal(StorageConnectionString.DevelopmentAccountKey, cs.AccountKey);
        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1"), cs.BlobEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:10001/devstoreaccount1"), cs.QueueEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), cs.TableEndpoint);
    }

    [Fact]
    public void Development_storage_proxy_uri_moves_the_host()
    {
        var cs = StorageConnectionString.Parse("UseDevelopmentStorage=true;DevelopmentStorageProxyUri=http://azurite");
        Assert.Equal(new Uri("http://azurite:10002/devstoreaccount1"), cs.TableEndpoint);
    }

    [Fact]
    public void Account_endpoints_are_derived_from_protocol_and_suffix()
    {
        var cs = StorageConnectionString.Parse("DefaultEndpointsProtocol=https;AccountName=dondoc;AccountKey=a2V5;EndpointSuffix=core.chinacloudapi.cn");
        Assert.Equal(new Uri("https://dondoc.blob.core.chinacloudapi.cn"), cs.BlobEndpoint);
        Assert.Equal(new Uri("https://dondoc.queue.core.chinacloudapi.cn"), cs.QueueEndpoint);
        Assert.Equal(new Uri("https://dondoc.table.core.chinacloudapi.cn"), cs.TableEndpoint);
        Assert.Equal("a2V5", cs.AccountKey);
    }

    [Fact]
    public void Explicit_endpoints_win_and_keys_with_equals_signs_survive()
    {
        var cs = StorageConnectionString.Parse(
            " accountname=devstoreaccount1 ; AccountKey=" + StorageConnectionString.DevelopmentAccountKey +
            ";BlobEndpoint=http://127.0.0.1:4100/devstoreaccount1;QueueEndpoint=http://127.0.0.1:4101/devstoreaccount1;TableEndpoint=http://127.0.0.1:4102/devstoreaccount1;");
        Assert.Equal(StorageConnectionString.DevelopmentAccountKey, cs.AccountKey);
        Assert.Equal(4100, cs.BlobEndpoint.Port);
        Assert.Equal(4102, cs.TableEndpoint.Port);
        Assert.Equal(cs, StorageConnectionString.Parse(cs.ToConnectionString()));
        Assert.DoesNotContain(cs.AccountKey, cs.ToString());
    }

    [Theory]
    [InlineData("AccountName=x")]
    [InlineData("AccountKey=a2V5")]
    [InlineData("AccountName=x;AccountKey=a2V5;BlobEndpoint=not a uri")]
    [InlineData("BlobEndpoint=https://x.blob.core.windows.net;SharedAccessSignature=sv=2020")]
    [InlineData("garbage")]
    public void Unusable_connection_strings_are_refused(string cs) =>
        Assert.Throws<FormatException>(() => StorageConnectionString.Parse(cs));

    [Fact]
    public void A_key_that_is_not_base64_is_refused_when_the_account_is_built() =>
        Assert.Throws<ArgumentException>(() => StorageAccount.FromConnectionString("AccountName=x;AccountKey=not base64!"));
}

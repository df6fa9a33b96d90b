using DonDoc.App.Composition;
using DonDoc.App.Settings;
using DonDoc.Functions.Endpoints;

// The Functions host chooses the port and passes it only in the environment (platform-notes §1.4).
var port = Environment.GetEnvironmentVariable("FUNCTIONS_CUSTOMHANDLER_PORT") ?? "8080";
var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.UseUrls($"http://127.0.0.1:{port}");

// App settings arrive as environment variables (the host passes local.settings.json Values the same way).
builder.Services.AddSingleton(sp => new DonDocServices(DonDocSettings.From(name => Setting(sp.GetRequiredService<IConfiguration>(), name))));

var app = builder.Build();
if (app.Services.GetRequiredService<DonDocServices>().Settings.Problems() is { Count: > 0 } problems)
    throw new InvalidOperationException("DonDoc settings: " + string.Join(" ", problems));
app.MapGet("/", () => Results.Ok("DonDoc custom handler ready"));
app.MapIngestion();
app.MapLetterApi();
app.MapReminders();
app.Run();

// "A__b" environment variables appear as "A:b" in configuration.
static string? Setting(IConfiguration config, string name) => config[name] ?? config[name.Replace("__", ":")];

/// <summary>Visible to the contract tests' WebApplicationFactory.</summary>
public partial class Program;

using System.Text.Json.Nodes;

namespace DonDoc.Functions;

/// <summary>
/// What a custom handler answers: <c>{"Outputs":{…},"Logs":[…],"ReturnValue":…}</c>. A 2xx tells the host the
/// invocation succeeded (permanent failures included: they are recorded); non-2xx makes it retry.
/// </summary>
public static class HostResponse
{
    public static IResult Ok(IEnumerable<string> logs, JsonObject? outputs = null) =>
        Results.Json(Envelope(logs, outputs));

    /// <summary>A transient failure: the host retries the message, then moves it to the poison queue.</summary>
    public static IResult Retry(string log) =>
        Results.Json(Envelope([log], null), statusCode: StatusCodes.Status500InternalServerError);

    /// <summary>The <c>res</c> output of an HTTP-triggered function (non-forwarded): status, JSON body, headers.</summary>
    public static IResult Http(int status, JsonNode? body, IEnumerable<string>? logs = null) =>
        Results.Json(Envelope(logs ?? [], new JsonObject
        {
            ["res"] = new JsonObject
            {
                ["statusCode"] = status,
                ["body"] = body?.ToJsonString(DonDoc.App.Records.ListingJson.Options) ?? "",
                ["headers"] = new JsonObject { ["Content-Type"] = "application/json; charset=utf-8" },
            },
        }));

    private static JsonObject Envelope(IEnumerable<string> logs, JsonObject? outputs) => new()
    {
        ["Outputs"] = outputs ?? [],
        ["Logs"] = new JsonArray([.. logs.Select(l => (JsonNode?)JsonValue.Create(l))]),
        ["ReturnValue"] = null,
    };
}

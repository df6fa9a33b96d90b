namespace DonDoc.Storage;

/// <summary>A received queue message.</summary>
/// <param name="Id">The message id.</param>
/// <param name="PopReceipt">Needed to delete the message or change its visibility; changes with every update.</param>
/// <param name="Text">The text, decoded from base64 (or as stored, when the body was not base64).</param>
/// <param name="DequeueCount">How many times it has been received, this time included.</param>
public sealed record QueueMessage(string Id, string PopReceipt, string Text, int DequeueCount);

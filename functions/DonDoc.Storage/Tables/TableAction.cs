namespace DonDoc.Storage;

/// <summary>One operation of an entity group transaction (<see cref="TableClient.SubmitBatchAsync"/>).</summary>
/// <param name="Kind">What to do.</param>
/// <param name="Entity">The entity (for Delete only its keys matter).</param>
/// <param name="IfMatch">For Update, UpdateReplace and Delete: an ETag, or "*" for any version.</param>
public sealed record TableAction(TableActionKind Kind, TableEntity Entity, string IfMatch = "*");

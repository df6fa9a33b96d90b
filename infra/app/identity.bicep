// The user-assigned identity DonDoc runs as: host storage, DonDoc's own storage calls, Document
// Intelligence, Application Insights ingestion and (after docs/deploy.md §Mail) Graph sendMail.
param name string
param location string
param tags object = {}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output name string = identity.name
output resourceId string = identity.id
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId

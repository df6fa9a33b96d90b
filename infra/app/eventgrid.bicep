// The storage account's Event Grid system topic, with a system-assigned identity allowed to put messages
// on the letters-incoming queue (Storage Queue Data Message Sender, scoped to that queue only). Shared keys
// are off on the account, so the subscription delivers with this identity (deliveryWithResourceIdentity).
// The subscription itself is created by scripts/azd/postprovision.*: Event Grid checks the identity's
// access when the subscription is created, and a fresh role assignment can take minutes to apply.
param name string
param location string
param tags object = {}
param storageAccountName string
param queueName string

var queueDataMessageSender = 'c6a89b2d-59bc-44d0-9896-0f6e12d7b80a'

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName

  resource queueServices 'queueServices' existing = {
    name: 'default'

    resource queue 'queues' existing = {
      name: queueName
    }
  }
}

// A storage account has at most one system topic, in the account's region.
resource systemTopic 'Microsoft.EventGrid/systemTopics@2022-06-15' = {
  name: name
  location: location
  tags: tags
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

resource queueSender 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage::queueServices::queue.id, systemTopic.id, queueDataMessageSender)
  scope: storage::queueServices::queue
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', queueDataMessageSender)
    principalId: systemTopic.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

output name string = systemTopic.name
output id string = systemTopic.id
output principalId string = systemTopic.identity.principalId

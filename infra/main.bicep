// DonDoc on Azure: a Flex Consumption function app running the custom handler, its storage (blobs, the
// letters-incoming queue, tables), Document Intelligence, monitoring, one user-assigned identity with the
// roles it needs, and the storage account's Event Grid system topic.
// Shape follows Azure-Samples/functions-quickstart-dotnet-azd-eventgrid-blob (main.bicep + app/*.bicep,
// abbreviations.json, a resource token, rbac.bicep); plain resources instead of AVM modules so every
// property is visible in review. The Event Grid subscription is created by scripts/azd/postprovision.*.
// Guide: docs/deploy.md.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment: names the resource group and seeds the resource token.')
param environmentName string

@minLength(1)
@description('Region for all resources. Must offer Flex Consumption; southeastasia is the closest to Việt Nam.')
@metadata({
  azd: {
    type: 'location'
    default: 'southeastasia'
  }
})
param location string

@description('Object id of the person or pipeline running azd (AZURE_PRINCIPAL_ID). Gets the same data roles as the app, for debugging against Azure. Empty: none.')
param principalId string = ''

@description('Kind of principal behind principalId.')
@allowed([
  'User'
  'ServicePrincipal'
])
param principalType string = 'User'

@minLength(3)
@description('The shared mailbox reminders are sent from with Graph sendMail (DONDOC_MAIL_SENDER), e.g. dondoc@contoso.gov.vn.')
param mailSender string

@minLength(3)
@description('Where reminders for unknown assignees and tasks needing a person go (DONDOC_TRIAGE_ADDRESS), e.g. vanthu@contoso.gov.vn.')
param triageAddress string

@secure()
@minLength(32)
@description('HMAC key of the signed "Đã hoàn thành" links in reminder emails (DONDOC_LINK_KEY). Created once per azd environment by scripts/azd/preprovision.*; changing it invalidates links already mailed.')
param linkKey string

@description('Document Intelligence pricing tier. F0 is free but reads only the first 2 pages of a document.')
@allowed([
  'F0'
  'S0'
])
param documentIntelligenceSku string = 'S0'

@description('Region of the Document Intelligence account; empty means the same as location. Use it if the chosen region lacks API version 2024-11-30.')
param documentIntelligenceLocation string = ''

@description('Upper bound of Flex Consumption instances. It also bounds parallel OCR calls (Document Intelligence S0 allows 15 analyze requests per second).')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Memory per Flex Consumption instance.')
@allowed([
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Optional: the resource group name; default rg-<environmentName>.')
param resourceGroupName string = ''

var abbrs = loadJsonContent('./abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }

var functionAppName = '${abbrs.webSitesFunctions}dondoc-${resourceToken}'
// Flex Consumption deploys the zip to this container, as in the templates.
var deploymentStorageContainerName = 'app-package-${take(functionAppName, 32)}-${take(resourceToken, 7)}'

// Names the code relies on (design §6). The C# takes container, queue and table names as constants.
var incomingContainerName = 'incoming'
var incomingQueueName = 'letters-incoming'
var blobContainers = [
  deploymentStorageContainerName
  incomingContainerName
  'letters'
  'failed'
]
var queues = [
  incomingQueueName
  '${incomingQueueName}-poison'
]
var tables = [
  'Ingestions'
  'Letters'
  'Tasks'
  'OpenTasks'
  'Reminders'
  'Directory'
]

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: !empty(resourceGroupName) ? resourceGroupName : '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

// The one identity the app uses for storage, Document Intelligence, Application Insights and Graph.
module identity 'app/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: '${abbrs.managedIdentityUserAssignedIdentities}dondoc-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'app/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: '${abbrs.storageStorageAccounts}${resourceToken}'
    location: location
    tags: tags
    containers: blobContainers
    queues: queues
    tables: tables
  }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
    applicationInsightsName: '${abbrs.insightsComponents}${resourceToken}'
    location: location
    tags: tags
  }
}

module documentIntelligence 'app/docintel.bicep' = {
  name: 'documentIntelligence'
  scope: rg
  params: {
    name: '${abbrs.cognitiveServicesFormRecognizer}dondoc-${resourceToken}'
    location: !empty(documentIntelligenceLocation) ? documentIntelligenceLocation : location
    tags: tags
    sku: documentIntelligenceSku
  }
}

module rbac 'app/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  params: {
    storageAccountName: storage.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    documentIntelligenceName: documentIntelligence.outputs.name
    managedIdentityPrincipalId: identity.outputs.principalId
    userPrincipalId: principalId
    userPrincipalType: principalType
  }
}

module processor 'app/processor.bicep' = {
  name: 'processor'
  scope: rg
  params: {
    name: functionAppName
    planName: '${abbrs.webServerFarms}${resourceToken}'
    location: location
    tags: tags
    identityId: identity.outputs.resourceId
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentStorageContainerName: deploymentStorageContainerName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    linkKey: linkKey
    // What DonDoc reads (functions/DonDoc.App/Settings/DonDocSettings.cs). Host settings are added in processor.bicep.
    appSettings: {
      DONDOC_STORAGE_BLOB_URI: storage.outputs.blobEndpoint
      DONDOC_STORAGE_QUEUE_URI: storage.outputs.queueEndpoint
      DONDOC_STORAGE_TABLE_URI: storage.outputs.tableEndpoint
      AZURE_CLIENT_ID: identity.outputs.clientId
      DONDOC_OCR_ENGINE: 'documentintelligence'
      DONDOC_DI_ENDPOINT: documentIntelligence.outputs.endpoint
      DONDOC_MAIL_MODE: 'graph'
      DONDOC_MAIL_SENDER: mailSender
      DONDOC_TRIAGE_ADDRESS: triageAddress
    }
  }
  // Start the host only once its identity may use storage; propagation can still take a few minutes.
  dependsOn: [
    rbac
  ]
}

// System topic only: the subscription to the queue is created by scripts/azd/postprovision.*, which can
// wait for the topic identity's role to propagate (Event Grid checks it when the subscription is created).
module eventGrid 'app/eventgrid.bicep' = {
  name: 'eventGrid'
  scope: rg
  params: {
    name: '${abbrs.eventGridSystemTopics}dondoc-${resourceToken}'
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
    queueName: incomingQueueName
  }
}

// azd stores these in .azure/<env>/.env; the hooks and docs/deploy.md use them.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = processor.outputs.name
output SERVICE_PROCESSOR_NAME string = processor.outputs.name
output SERVICE_PROCESSOR_URI string = processor.outputs.uri
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_ACCOUNT_ID string = storage.outputs.id
output INCOMING_CONTAINER_NAME string = incomingContainerName
output INCOMING_QUEUE_NAME string = incomingQueueName
output EVENTGRID_SYSTEM_TOPIC_NAME string = eventGrid.outputs.name
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output AZURE_MANAGED_IDENTITY_PRINCIPAL_ID string = identity.outputs.principalId
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
output DOCUMENT_INTELLIGENCE_NAME string = documentIntelligence.outputs.name
// For running DonDoc on a laptop against these resources (your principalId has the same data roles).
output DONDOC_STORAGE_BLOB_URI string = storage.outputs.blobEndpoint
output DONDOC_STORAGE_QUEUE_URI string = storage.outputs.queueEndpoint
output DONDOC_STORAGE_TABLE_URI string = storage.outputs.tableEndpoint
output DONDOC_DI_ENDPOINT string = documentIntelligence.outputs.endpoint

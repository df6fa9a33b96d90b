// The Flex Consumption plan (FC1) and the function app that runs DonDoc's custom handler.
// Runtime "custom" (version 1.0 is what Flex lists for it): the host starts DonDoc.Functions from
// host.json customHandler.description; no language worker, and no FUNCTIONS_WORKER_RUNTIME setting
// (Flex takes the runtime from functionAppConfig and does not support that setting). Don't count on a
// .NET runtime in the custom stack: the package must be a self-contained linux-x64 publish with the
// execute bit on DonDoc.Functions (docs/deploy.md, Troubleshooting).
param name string
param planName string
param location string
param tags object = {}

@description('The azure.yaml service this app is deployed from (azd finds the app by this tag).')
param serviceName string = 'processor'

param identityId string
param identityClientId string
param storageAccountName string
param deploymentStorageContainerName string
param applicationInsightsName string

@allowed([
  2048
  4096
])
param instanceMemoryMB int = 2048

@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Flex runtime stack. custom/1.0 runs the self-contained handler. Fallback if the custom stack lacks a library the handler needs (e.g. ICU): dotnet-isolated/10.0 with the same package; host.json customHandler still selects the HTTP worker (docs/deploy.md, Troubleshooting).')
param runtimeName string = 'custom'
param runtimeVersion string = '1.0'

@description('DonDoc settings (DONDOC_*, AZURE_CLIENT_ID); the host settings are added here.')
param appSettings object

@secure()
@description('DONDOC_LINK_KEY, kept out of the appSettings object so it stays a secure value end to end.')
param linkKey string

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentStorageContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: runtimeName
        version: runtimeVersion
      }
    }
  }
}

// Host settings as in the Flex templates: identity-based AzureWebJobsStorage (the queue trigger's
// connection, timer leases, function keys) and Entra-authenticated Application Insights.
var hostSettings = {
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  AzureWebJobsStorage__blobServiceUri: storage.properties.primaryEndpoints.blob
  AzureWebJobsStorage__queueServiceUri: storage.properties.primaryEndpoints.queue
  AzureWebJobsStorage__tableServiceUri: storage.properties.primaryEndpoints.table
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
}

// A separate config resource so the settings can name the app's own host name. It replaces the whole
// set on every provision: change settings here, not in the portal.
resource settings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: functionApp
  name: 'appsettings'
  properties: union(appSettings, hostSettings, {
    // Links in reminder emails point here (CompleteTask route).
    DONDOC_PUBLIC_URL: 'https://${functionApp.properties.defaultHostName}/api/'
    DONDOC_LINK_KEY: linkKey
  })
}

output name string = functionApp.name
output uri string = 'https://${functionApp.properties.defaultHostName}'

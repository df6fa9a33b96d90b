// Azure AI Document Intelligence (kind FormRecognizer) for OCR in Azure. Keys are disabled: DonDoc calls it
// with an Entra token for https://cognitiveservices.azure.com/.default, which needs the custom subdomain
// endpoint and the Cognitive Services User role (rbac.bicep).
param name string
param location string
param tags object = {}

@allowed([
  'F0'
  'S0'
])
param sku string = 'S0'

resource account 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: name
  location: location
  tags: tags
  kind: 'FormRecognizer'
  sku: {
    name: sku
  }
  properties: {
    customSubDomainName: name
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
    }
  }
}

output name string = account.name
output id string = account.id
output endpoint string = account.properties.endpoint

# azd postprovision hook (azure.yaml), Windows twin of postprovision.sh: the Event Grid subscription from
# the storage account's system topic to the storage queue letters-incoming, for BlobCreated events under
# incoming/ only. Delivery uses the system topic's identity (shared keys are off); Event Grid checks that
# identity's role when the subscription is created, and a fresh role assignment may not apply yet, hence
# the retries. Safe to run again: PUT is an upsert. Needs the Azure CLI signed in (`az login`).
$ErrorActionPreference = 'Stop'

if (-not (Get-Command az -ErrorAction SilentlyContinue)) {
    Write-Error 'The Azure CLI (az) is required: https://aka.ms/azcli'
    exit 1
}
az account show --output none 2>$null
if ($LASTEXITCODE -ne 0) {
    Write-Error 'Sign in to the Azure CLI first: az login (azd and az keep separate sign-ins)'
    exit 1
}

foreach ($name in 'AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP', 'EVENTGRID_SYSTEM_TOPIC_NAME',
                  'AZURE_STORAGE_ACCOUNT_ID', 'INCOMING_CONTAINER_NAME', 'INCOMING_QUEUE_NAME') {
    if ([string]::IsNullOrWhiteSpace([Environment]::GetEnvironmentVariable($name))) {
        Write-Error "$name is not set; run this through azd (azd hooks run postprovision)."
        exit 1
    }
}

$subscriptionName = if ($env:EVENTGRID_SUBSCRIPTION_NAME) { $env:EVENTGRID_SUBSCRIPTION_NAME } else { 'incoming-to-queue' }
$url = "https://management.azure.com/subscriptions/$($env:AZURE_SUBSCRIPTION_ID)/resourceGroups/$($env:AZURE_RESOURCE_GROUP)" +
       "/providers/Microsoft.EventGrid/systemTopics/$($env:EVENTGRID_SYSTEM_TOPIC_NAME)/eventSubscriptions/$($subscriptionName)?api-version=2022-06-15"

# queueMessageTimeToLiveInSeconds -1: messages never expire; retries and the poison queue decide their fate.
$body = @{
    properties = @{
        deliveryWithResourceIdentity = @{
            identity    = @{ type = 'SystemAssigned' }
            destination = @{
                endpointType = 'StorageQueue'
                properties   = @{
                    resourceId                      = $env:AZURE_STORAGE_ACCOUNT_ID
                    queueName                       = $env:INCOMING_QUEUE_NAME
                    queueMessageTimeToLiveInSeconds = -1
                }
            }
        }
        filter = @{
            includedEventTypes     = @('Microsoft.Storage.BlobCreated')
            subjectBeginsWith      = "/blobServices/default/containers/$($env:INCOMING_CONTAINER_NAME)/"
            isSubjectCaseSensitive = $false
        }
        eventDeliverySchema = 'EventGridSchema'
        retryPolicy = @{ maxDeliveryAttempts = 30; eventTimeToLiveInMinutes = 1440 }
    }
} | ConvertTo-Json -Depth 10

$bodyFile = New-TemporaryFile
try {
    Set-Content -Path $bodyFile -Value $body -Encoding utf8
    $maxAttempts = 10
    for ($attempt = 1; $attempt -le $maxAttempts; $attempt++) {
        Write-Host "Event Grid subscription '$subscriptionName' on '$($env:EVENTGRID_SYSTEM_TOPIC_NAME)' (attempt $attempt/$maxAttempts)..."
        $state = ''
        az rest --method put --url $url --body "@$bodyFile" --output none
        if ($LASTEXITCODE -eq 0) {
            for ($poll = 0; $poll -lt 24; $poll++) {
                $state = az rest --method get --url $url --query properties.provisioningState --output tsv 2>$null
                if ($state -in 'Succeeded', 'Failed', 'Canceled') { break }
                Start-Sleep -Seconds 5
            }
        }
        if ($state -eq 'Succeeded') {
            Write-Host "Blobs created under $($env:INCOMING_CONTAINER_NAME)/ now reach queue $($env:INCOMING_QUEUE_NAME)."
            exit 0
        }
        if ($attempt -lt $maxAttempts) {
            Write-Warning "Not ready (state: $(if ($state) { $state } else { 'error' })); the topic's queue role may still be propagating. Retrying in 30 s."
            Start-Sleep -Seconds 30
        }
    }
    Write-Error "Could not create the Event Grid subscription (last state: $state). See docs/deploy.md, Troubleshooting."
    exit 1
}
finally {
    Remove-Item -Path $bodyFile -ErrorAction SilentlyContinue
}

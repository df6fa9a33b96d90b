#!/bin/sh
# azd postprovision hook (azure.yaml): the Event Grid subscription from the storage account's system topic
# to the storage queue letters-incoming, for BlobCreated events under incoming/ only (blobs DonDoc writes to
# letters/ and failed/ must not come back). The queue destination needs no function key, so unlike the
# webhook in the official template this can run right after provisioning. Delivery uses the system topic's
# identity (shared keys are off); Event Grid checks that identity's role when the subscription is created,
# and a role assigned minutes ago may not apply yet, hence the retries. Safe to run again: PUT is an upsert.
# Needs the Azure CLI signed in to the same tenant as azd (`az login`).
set -eu

command -v az >/dev/null 2>&1 || { echo "The Azure CLI (az) is required: https://aka.ms/azcli" >&2; exit 1; }
az account show --output none 2>/dev/null || { echo "Sign in to the Azure CLI first: az login (azd and az keep separate sign-ins)" >&2; exit 1; }

: "${AZURE_SUBSCRIPTION_ID:?}" "${AZURE_RESOURCE_GROUP:?}" "${EVENTGRID_SYSTEM_TOPIC_NAME:?}"
: "${AZURE_STORAGE_ACCOUNT_ID:?}" "${INCOMING_CONTAINER_NAME:?}" "${INCOMING_QUEUE_NAME:?}"

name="${EVENTGRID_SUBSCRIPTION_NAME:-incoming-to-queue}"
url="https://management.azure.com/subscriptions/${AZURE_SUBSCRIPTION_ID}/resourceGroups/${AZURE_RESOURCE_GROUP}/providers/Microsoft.EventGrid/systemTopics/${EVENTGRID_SYSTEM_TOPIC_NAME}/eventSubscriptions/${name}?api-version=2022-06-15"

body=$(mktemp)
trap 'rm -f "$body"' EXIT
# queueMessageTimeToLiveInSeconds -1: messages never expire; retries and the poison queue decide their fate.
cat > "$body" <<JSON
{
  "properties": {
    "deliveryWithResourceIdentity": {
      "identity": { "type": "SystemAssigned" },
      "destination": {
        "endpointType": "StorageQueue",
        "properties": {
          "resourceId": "${AZURE_STORAGE_ACCOUNT_ID}",
          "queueName": "${INCOMING_QUEUE_NAME}",
          "queueMessageTimeToLiveInSeconds": -1
        }
      }
    },
    "filter": {
      "includedEventTypes": [ "Microsoft.Storage.BlobCreated" ],
      "subjectBeginsWith": "/blobServices/default/containers/${INCOMING_CONTAINER_NAME}/",
      "isSubjectCaseSensitive": false
    },
    "eventDeliverySchema": "EventGridSchema",
    "retryPolicy": { "maxDeliveryAttempts": 30, "eventTimeToLiveInMinutes": 1440 }
  }
}
JSON

attempt=1
max_attempts=10
while :; do
  echo "Event Grid subscription '$name' on '$EVENTGRID_SYSTEM_TOPIC_NAME' (attempt $attempt/$max_attempts)..."
  state=""
  if az rest --method put --url "$url" --body "@$body" --output none; then
    polls=0
    while [ $polls -lt 24 ]; do
      state=$(az rest --method get --url "$url" --query properties.provisioningState --output tsv 2>/dev/null || true)
      case "$state" in Succeeded | Failed | Canceled) break ;; esac
      polls=$((polls + 1))
      sleep 5
    done
  fi
  if [ "$state" = "Succeeded" ]; then
    echo "Blobs created under ${INCOMING_CONTAINER_NAME}/ now reach queue ${INCOMING_QUEUE_NAME}."
    exit 0
  fi
  if [ $attempt -ge $max_attempts ]; then
    echo "Could not create the Event Grid subscription (last state: ${state:-none}). See docs/deploy.md, Troubleshooting." >&2
    exit 1
  fi
  echo "Not ready (state: ${state:-error}); the topic's queue role may still be propagating. Retrying in 30 s." >&2
  attempt=$((attempt + 1))
  sleep 30
done

#!/bin/sh
# azd preprovision hook (azure.yaml). Before Bicep runs:
#  1. the operator has chosen the sender mailbox and the triage address (no sensible defaults exist);
#  2. DONDOC_LINK_KEY exists in this azd environment. It is generated once and then reused, because a new
#     key on every `azd provision` would invalidate every "Đã hoàn thành" link already mailed.
#     Rotate on purpose with: azd env set DONDOC_LINK_KEY "$(openssl rand -hex 32)" && azd provision
set -eu

missing=""
[ -n "${DONDOC_MAIL_SENDER:-}" ] || missing="$missing DONDOC_MAIL_SENDER"
[ -n "${DONDOC_TRIAGE_ADDRESS:-}" ] || missing="$missing DONDOC_TRIAGE_ADDRESS"
if [ -n "$missing" ]; then
  echo "DonDoc needs these azd environment values before provisioning:$missing" >&2
  echo "  azd env set DONDOC_MAIL_SENDER dondoc@your-office.gov.vn     # the shared mailbox reminders come from" >&2
  echo "  azd env set DONDOC_TRIAGE_ADDRESS vanthu@your-office.gov.vn  # who gets tasks with no known assignee" >&2
  echo "See docs/deploy.md." >&2
  exit 1
fi

if [ -z "${DONDOC_LINK_KEY:-}" ]; then
  if command -v openssl >/dev/null 2>&1; then
    key=$(openssl rand -hex 32)
  else
    key=$(od -An -tx1 -N32 /dev/urandom | tr -d ' \n')
  fi
  azd env set DONDOC_LINK_KEY "$key"
  echo "Generated DONDOC_LINK_KEY (64 hex characters) and stored it in this azd environment."
fi

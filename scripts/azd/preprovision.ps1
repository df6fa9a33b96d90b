# azd preprovision hook (azure.yaml), Windows twin of preprovision.sh. Before Bicep runs:
#  1. the operator has chosen the sender mailbox and the triage address (no sensible defaults exist);
#  2. DONDOC_LINK_KEY exists in this azd environment. It is generated once and then reused, because a new
#     key on every `azd provision` would invalidate every "Đã hoàn thành" link already mailed.
$ErrorActionPreference = 'Stop'

$missing = @('DONDOC_MAIL_SENDER', 'DONDOC_TRIAGE_ADDRESS') |
    Where-Object { [string]::IsNullOrWhiteSpace([Environment]::GetEnvironmentVariable($_)) }
if ($missing) {
    Write-Error (@(
        "DonDoc needs these azd environment values before provisioning: $($missing -join ', ')"
        '  azd env set DONDOC_MAIL_SENDER dondoc@your-office.gov.vn     # the shared mailbox reminders come from'
        '  azd env set DONDOC_TRIAGE_ADDRESS vanthu@your-office.gov.vn  # who gets tasks with no known assignee'
        'See docs/deploy.md.'
    ) -join [Environment]::NewLine)
    exit 1
}

if ([string]::IsNullOrWhiteSpace($env:DONDOC_LINK_KEY)) {
    $bytes = [System.Security.Cryptography.RandomNumberGenerator]::GetBytes(32)
    $key = [System.Convert]::ToHexString($bytes).ToLowerInvariant()
    azd env set DONDOC_LINK_KEY $key
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    Write-Host 'Generated DONDOC_LINK_KEY (64 hex characters) and stored it in this azd environment.'
}

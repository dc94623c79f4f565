<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountEditDialog</name>
    <message>
        <source>Add Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the credentials of an API client with EdgeKV access, from Akamai Control Center or a section of your .edgerc file. The secrets are kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>akab-xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx.luna.akamaiapis.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>akab-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account s&amp;witch key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for API clients that manage several accounts (partners, resellers). It is sent with every call of this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, for example 1-5C0YLB:1-8BYUX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max &amp;body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most request body bytes the signature covers (max_body in a .edgerc). Keep the default unless your .edgerc says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>The API clients this app signs its EdgeKV requests with. Secrets stay in the system keychain or in your .edgerc file, never in the app&apos;s settings.</source>
        <translation>Die API-Clients, mit denen diese App ihre EdgeKV-Anfragen signiert. Geheimnisse bleiben im Schlüsselbund des Systems oder in Ihrer .edgerc-Datei, nie in den Einstellungen der App.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>Gespeichert in</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Account switch key</source>
        <translation>Account Switch Key</translation>
    </message>
    <message>
        <source>No accounts yet. Add the credentials of an API client, or import them from a .edgerc file.</source>
        <translation>Noch keine Konten. Fügen Sie die Zugangsdaten eines API-Clients hinzu oder importieren Sie sie aus einer .edgerc-Datei.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Import from .edgerc…</source>
        <translation>Aus .edgerc &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Loading the token list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading token “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating token “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking token “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing token “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the %1 namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading namespace “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether EdgeKV is initialized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the permission groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EdgeKV request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (“%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API rejected the request signature. Check the client secret and access token of the API credentials, and that this computer&apos;s clock is set correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API does not accept the client token: it is wrong or the API client has been revoked. Check client_token and access_token, or create new API credentials in Akamai Control Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API refused the credentials%1. Check the API credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API rejected the request time: this computer&apos;s clock is off. Set the clock automatically (network time) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EdgeKV Access Token – Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EdgeKV Access Token – View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API client is not allowed to do this%1. Ask an Akamai administrator to grant it access to EdgeKV and to the namespace&apos;s permission group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API client is not allowed to do this%1. It needs the permission “%2”; ask an Akamai administrator to grant it in Identity and Access Management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token does not exist. It may have been revoked; reload the token list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token has expired and can no longer be retrieved. Create a new token and put it into the EdgeWorker bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the namespace does not exist on this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API answered “not found”%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token with this name already exists. Choose another name, or revoke the existing token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API is limiting the request rate. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the EdgeKV API had a server problem (HTTP %1). Try again later; if it persists, contact Akamai support with the request ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API rejected the request%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API answered with HTTP status %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the EdgeKV API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached (%2). Check the network connection and the host in the API credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secure connection to %1 could not be verified (%2). Check the host name and that no proxy intercepts the connection; certificate checks are never skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within 1 second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer of the EdgeKV API could not be read (%1). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost and the check that followed failed too, so the token may or may not exist: reload the token list before creating it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID for Akamai support: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed before the answer arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON object was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid token name: use 1 to 32 letters, digits, “_” or “-”, not starting with “-”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid namespace name: use 1 to 32 letters, digits, “_” or “-”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no token list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no namespace list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no group list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>Cancel test</source>
        <translation>Test abbrechen</translation>
    </message>
</context>
<context>
    <name>CreateTokenDialog</name>
    <message>
        <source>New Access Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;EdgeWorker IDs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CP code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s EdgeKV CP code (GET /initialize). Every token of the account carries it; it cannot be chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the API request (POST /edgekv/v1/tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport edgekv_tokens.js after creating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EdgeGridRequestFactory</name>
    <message>
        <source>The API credentials are incomplete: %1 missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing plain HTTP to %1: only a loopback address (the local sandbox) may be reached without TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build a request for &quot;%1&quot;: the path must start with &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build a request for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build a request for &quot;%1&quot;: &quot;.&quot; and &quot;..&quot; path segments would be rewritten before sending.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EdgeKvLibrary</name>
    <message>
        <source>The version of %1 cannot be read. Enhanced tokens (%2) need edgekv.js %3 or later; older versions cannot read their &quot;reference&quot; entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is version %2, which cannot read the &quot;reference&quot; entries of enhanced tokens (%3). Update edgekv.js to %4 or later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EdgeWorkerIdList</name>
    <message>
        <source>EdgeWorker ID, e.g. 4242</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EdgercFile</name>
    <message>
        <source>%1 on line %2 is not a positive integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a positive integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; on line %3 is not a positive integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a positive integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is not a valid host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No .edgerc file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a .edgerc file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large (%1 bytes) to be a .edgerc file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section appears twice, on lines %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section header on line %1 has no closing &quot;]&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has unexpected text after the section header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not a &quot;key = value&quot; line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set twice with different values, on lines %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a line &quot;[default]&quot; above its &quot;key = value&quot; lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such section. The file has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ignored %n line(s) outside any [section], the first on line %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Missing or empty: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys not understood: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment sets %1 but not %2, so it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EdgercImportDialog</name>
    <message>
        <source>Import from .edgerc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sections to import (double-click a name to change it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store in the system &amp;keychain (copied now; the app no longer needs the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;linked to the file (read from it each time; changes to the file apply)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpiryChooser</name>
    <message>
        <source>No expiry — refreshes automatically (enhanced token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day (UTC) the token works: tomorrow at the earliest, six months ahead at the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>180 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export edgekv_tokens.js</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the bundle folder or a bundle .tgz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tokens and the namespaces they provide:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespaces in more than one selected token: pick the token to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resulting File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaultRule</name>
    <message>
        <source>Fault &quot;%1&quot; is not KIND:RATE (e.g. 503:0.25).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown fault kind &quot;%1&quot;: use 500, 503, 429, reset, malformed or stall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault rate &quot;%1&quot; is not a number from 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <source>&lt;h2&gt;Welcome to EdgeKV Token Manager&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect an Akamai API client to see your EdgeKV access tokens, their health, and to create and export them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from ~/.edgerc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the API clients you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add API credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the host, client token, client secret and access token of an API client. The secrets go to the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore with demo tokens on a server on this computer. No Akamai account needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostInput</name>
    <message>
        <source>The host is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; must be a host name only, without a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is allowed only for a loopback address such as the local sandbox; use https:// or no scheme for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainStatusBanner</name>
    <message>
        <source>&lt;b&gt;The system keychain is not available&lt;/b&gt;</source>
        <translation>&lt;b&gt;Der Schlüsselbund des Systems ist nicht verfügbar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Kee&amp;p linked to the .edgerc file</source>
        <translation>Mit der .edgerc-Datei &amp;verknüpft lassen</translation>
    </message>
    <message>
        <source>Use for this session onl&amp;y</source>
        <translation>Nur für diese &amp;Sitzung verwenden</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>EdgeKV Token Manager</source>
        <translation>EdgeKV Token Manager</translation>
    </message>
    <message>
        <source>Search token names and namespaces</source>
        <translation>Token-Namen und Namespaces durchsuchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the token list (F5)</source>
        <translation>Token-Liste neu laden (F5)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search token names and namespaces (Ctrl+F)</source>
        <translation>Token-Namen und Namespaces durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;New Token…</source>
        <translation>&amp;Neues Token…</translation>
    </message>
    <message>
        <source>Create an access token (Ctrl+N)</source>
        <translation>Ein Zugriffstoken erstellen (Strg+N)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Export edgekv_tokens.js…</source>
        <translation>edgekv_tokens.js e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the selected tokens into an EdgeWorker bundle (Ctrl+E)</source>
        <translation>Die ausgewählten Tokens in ein EdgeWorker-Bundle schreiben (Strg+E)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Refresh Token &amp;Now</source>
        <translation>Token &amp;jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Ask EdgeKV to refresh the selected auto-refreshing token now</source>
        <translation>EdgeKV bitten, das ausgewählte automatisch aktualisierte Token jetzt zu aktualisieren</translation>
    </message>
    <message>
        <source>Re&amp;voke Token…</source>
        <translation>Token &amp;widerrufen…</translation>
    </message>
    <message>
        <source>Revoke the selected tokens (Delete)</source>
        <translation>Die ausgewählten Tokens widerrufen (Entf)</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>Add, import, edit or remove accounts</source>
        <translation>Konten hinzufügen, importieren, bearbeiten oder entfernen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Auto-refresh, expiry thresholds and notifications</source>
        <translation>Automatische Aktualisierung, Ablaufschwellen und Benachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;Details Panel</source>
        <translation>&amp;Detailbereich</translation>
    </message>
    <message>
        <source>Show or hide the details of the selected token</source>
        <translation>Details des ausgewählten Tokens ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit EdgeKV Token Manager (Ctrl+Q)</source>
        <translation>EdgeKV Token Manager beenden (Strg+Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About EdgeKV Token Manager</source>
        <translation>Ü&amp;ber EdgeKV Token Manager</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>Reload the token list &amp;every:</source>
        <translation>Token-Liste &amp;neu laden alle:</translation>
    </message>
    <message>
        <source>Never (only on F5)</source>
        <translation>Nie (nur mit F5)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Expiring tokens (legacy model)</source>
        <translation>Ablaufende Tokens (altes Modell)</translation>
    </message>
    <message>
        <source>&amp;Critical when expiring within:</source>
        <translation>&amp;Kritisch, wenn Ablauf innerhalb von:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>&amp;Warning when expiring within:</source>
        <translation>&amp;Warnung, wenn Ablauf innerhalb von:</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification when a token expires, nears expiry or fails to activate</source>
        <translation>Eine Desktop-&amp;Benachrichtigung zeigen, wenn ein Token abläuft, bald abläuft oder sich nicht aktivieren lässt</translation>
    </message>
</context>
<context>
    <name>SandboxSeeder</name>
    <message>
        <source>Cannot seed demo tokens: the account has no namespaces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>State file %1 cannot be used: %2. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;jwtKey&quot; is missing or not base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox is already listening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State file %1 could not be loaded; refusing to serve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDetailsPanel</name>
    <message>
        <source>Select a token to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token name to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token UUID (the reference enhanced tokens use) to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refreshed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next refresh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespaces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EdgeWorker IDs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CP code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the token value (a secret: it lets an EdgeWorker read these namespaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask EdgeKV to refresh this auto-refreshing token now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;new…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new token with the same namespaces, networks and EdgeWorker IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke this token: EdgeWorkers that use it can no longer read its namespaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenFileEntry</name>
    <message>
        <source>&quot;%1&quot; is not a namespace name (1 to 32 of A-Z a-z 0-9 _ -).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token for namespace %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token %1 for namespace %2 needs exactly one of a value and a reference.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenFileError</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv-sandbox</name>
    <message>
        <source>HTTPS is not available: Qt found no TLS backend (OpenSSL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the certificate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the private key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 holds no unencrypted PEM RSA or EC private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--credentials %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seeding: the account already holds tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the credentials of this run are random and written nowhere; use --write-edgerc FILE to let a client in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot install the SIGINT/SIGTERM handlers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::AccountConnection</name>
    <message>
        <source>No account store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · account key %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::AccountEditDialog</name>
    <message>
        <source>Add Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Account “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To rename an account, add it under the new name and remove the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls the EdgeKV API with these credentials without saving them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the secrets of “%1” from the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the credentials of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved secrets could not be read: %1 Enter them again to save the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaned up: the host is entered without “https://” and without a trailing “/”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account called “%1” already exists. Choose another name, or edit that account in the list instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account switch key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To save, fill in or fix: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use for This Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the credentials of an API client with EdgeKV access. The account is kept in memory until the app quits; nothing is written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving “%1” in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved. You can use the account for this session only: it is kept in memory until the app quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::AccountSwitcher</name>
    <message>
        <source>%1 · OS keychain</source>
        <translation>%1 · Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Linked to %1 [%2]</source>
        <translation>Verknüpft mit %1 [%2]</translation>
    </message>
    <message>
        <source>%1 · this session only</source>
        <translation>%1 · nur diese Sitzung</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <source>The account whose tokens are shown</source>
        <translation>Das Konto, dessen Tokens angezeigt werden</translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation>Keine Konten</translation>
    </message>
</context>
<context>
    <name>edgekv::AccountsDialog</name>
    <message>
        <source>&amp;Use Account</source>
        <translation>Konto &amp;verwenden</translation>
    </message>
    <message>
        <source>Show this account&apos;s tokens</source>
        <translation>Die Tokens dieses Kontos anzeigen</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>linked to %1 [%2]</source>
        <translation>verknüpft mit %1 [%2]</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>nur diese Sitzung</translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation>(nicht lesbar)</translation>
    </message>
    <message>
        <source>A linked account is changed in its .edgerc file.</source>
        <translation>Ein verknüpftes Konto wird in seiner .edgerc-Datei geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n account(s): %1.</source>
        <translation>
            <numerusform>%n Konto importiert: %1.</numerusform>
            <numerusform>%n Konten importiert: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Remove the account “%1”?

Its client secret and access token are deleted from the system keychain. This cannot be undone.</source>
        <translation>Das Konto „%1“ entfernen?

Sein Client Secret und Access Token werden aus dem Schlüsselbund des Systems gelöscht. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Remove the account “%1”?

The file %2 is not changed.</source>
        <translation>Das Konto „%1“ entfernen?

Die Datei %2 wird nicht geändert.</translation>
    </message>
    <message>
        <source>Remove the account “%1”?

It was kept for this session only; its secrets are forgotten.</source>
        <translation>Das Konto „%1“ entfernen?

Es war nur für diese Sitzung gespeichert; seine Geheimnisse werden vergessen.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Deleting the secrets of “%1” from the system keychain…</source>
        <translation>Die Geheimnisse von „%1“ werden aus dem Schlüsselbund des Systems gelöscht…</translation>
    </message>
    <message>
        <source>Removing “%1”…</source>
        <translation>„%1“ wird entfernt…</translation>
    </message>
    <message>
        <source>Removed the account “%1”.</source>
        <translation>Das Konto „%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source>The account “%1” was not removed: %2</source>
        <translation>Das Konto „%1“ wurde nicht entfernt: %2</translation>
    </message>
</context>
<context>
    <name>edgekv::BundleArchive</name>
    <message>
        <source>The bundle does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a file, so it cannot be a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to be an EdgeWorkers code bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the bundle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a gzip-compressed tar archive (.tgz), so not an EdgeWorkers code bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is damaged or not a tar archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsafe bundle, refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is damaged (in &quot;%1&quot;): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle unpacks to more than %1 MB; refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is empty, so not an EdgeWorkers code bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an EdgeWorkers code bundle: there is no bundle.json at its top level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the bundle is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds &quot;%1&quot; more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the new bundle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the new bundle (at &quot;%1&quot;): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown archive error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; has an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; leads out of the bundle with &quot;..&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hard link &quot;%1&quot; points outside the bundle, to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The symbolic link &quot;%1&quot; points outside the bundle, to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::BundleChecker</name>
    <message>
        <source>Whether the account knows each token, its activation and refresh state: no account is connected. Legacy values were judged by their exp claim only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether every namespace the EdgeWorker uses has an entry: the code is not analysed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the bare key &quot;%2&quot; is never read; &quot;%3&quot; is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether edgekv.js can read reference entries: no edgekv.js beside the token file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imports %2, which is missing; the top-level edgekv_tokens.js is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle has no %1, so edgekv.js fails with MISSING ACCESS TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no readable %1, so edgekv.js fails with MISSING ACCESS TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token %1 expired on %2 (%3); EdgeKV answers 401.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Token %1 expires on %2, in %n day(s) (%3).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The value is not a readable JWT, so its expiry cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the value&apos;s exp claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value has no exp claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token %1 does not grant access to namespace %2; it covers %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no token %1: it was revoked, or it belongs to another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference is not the one of token %1 in the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token %1 is still activating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token %1 failed to activate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; has no &quot;namespace-&quot; prefix, so edgekv.js cannot find it and fails with MISSING ACCESS TOKEN. Export again to fix the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a namespace key; edgekv.js never reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid namespace name, so no EdgeWorker can use this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is not an object with a name and a value or reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is empty or not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry has a value and a reference; edgekv.js uses the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference is empty or not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference does not look like a token uuid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry has neither a value nor a reference; edgekv.js fails with MISSING ACCESS TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry has no token name, so it cannot be matched with the account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::ConnectionTester</name>
    <message>
        <source>Reading the credentials of “%1”…</source>
        <translation>Die Zugangsdaten von „%1“ werden gelesen…</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Die Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <source>Connection test cancelled.</source>
        <translation>Verbindungstest abgebrochen.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <source>Connected to %1 as account %2.</source>
        <translation>Verbunden mit %1 als Konto %2.</translation>
    </message>
    <message numerus="yes">
        <source>The account has %n EdgeKV token(s)</source>
        <translation>
            <numerusform>Das Konto hat %n EdgeKV-Token</numerusform>
            <numerusform>Das Konto hat %n EdgeKV-Tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n expired)</source>
        <translation>
            <numerusform> (%n abgelaufen)</numerusform>
            <numerusform> (%n abgelaufen)</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection.</source>
        <translation>Keine Verbindung.</translation>
    </message>
    <message>
        <source>No answer in time.</source>
        <translation>Keine Antwort in der erwarteten Zeit.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off.</source>
        <translation>Die Uhr dieses Computers geht falsch.</translation>
    </message>
    <message>
        <source>The credentials were refused (HTTP %1).</source>
        <translation>Die Zugangsdaten wurden abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The connection test failed (HTTP %1).</source>
        <translation>Der Verbindungstest ist fehlgeschlagen (HTTP %1).</translation>
    </message>
    <message>
        <source>The connection test failed.</source>
        <translation>Der Verbindungstest ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>edgekv::CreateTokenDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to %1 letters, digits, _ and -, not starting with -, unique in the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the export dialog on the new token, to put it into a bundle&apos;s edgekv_tokens.js.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the API request (POST /edgekv/v1/tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the API request (POST /edgekv/v1/tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the settings of “%1” are loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the namespaces are loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: %1, unique in the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: press Create (or Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating token “%1”… (no answer yet; try %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating token “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created token “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting for the server. The token may have been created anyway: check the token list before creating it again. Press Cancel again to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing you entered was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account issues expiring (legacy) tokens, so the token needs an expiry date. The latest allowed date is chosen; change it if you like and press Create again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the expiry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the networks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the EdgeWorker IDs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the namespaces: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to an account: open one in the main window first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the namespaces of staging and production…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only some namespaces could be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (could not be loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: EdgeKV is not initialized for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EdgeKV is not initialized for this account yet, so tokens cannot be used. Initialize it in Control Center or with “akamai edgekv initialize” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew Token “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the settings of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of “%1” could not be loaded, so choose its networks and namespaces again. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing “%1”, which expires on %2: the new token gets the same networks, EdgeWorker IDs and namespace permissions. Put it into the bundle and deploy it before that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing “%1”: the new token gets the same networks, EdgeWorker IDs and namespace permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your account issues auto-refreshing tokens now, choose “No expiry” and this is the last renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” refreshes automatically and never expires, so it does not need renewing. This creates a second token with the same networks, EdgeWorker IDs and namespace permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its settings are unknown: choose the networks and namespaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not carried over (the API no longer lists them): %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::CreateTokenSummary</name>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a legacy token that expires on %1 (in %2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an enhanced token that refreshes automatically and never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EdgeWorkers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespaces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staging and production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staging only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every EdgeWorker of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::EdgeWorkerIdList</name>
    <message>
        <source>EdgeWorker IDs the token is limited to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numeric ID of an EdgeWorker, as Control Center lists it under EdgeWorkers. Several IDs can be pasted at once, separated by commas or spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EdgeWorker ID %1 is typed but not added: press Add, or clear the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EdgeWorker ID %1 is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: every EdgeWorker of the account can use the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these %1 EdgeWorkers can use the token; that is the most a token allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this EdgeWorker can use the token (up to %1 IDs allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these %1 EdgeWorkers can use the token (up to %2 IDs allowed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::EdgercImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a .edgerc File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EdgeGrid credentials (.edgerc *.edgerc);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no [section] with credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file with Browse….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1]: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account called “%1” already exists; double-click to choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) cannot be imported:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>An account called “%1” already exists. Double-click its name in the list to choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing “%1” in the system keychain (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) were not imported because the system keychain is unavailable. Nothing was written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::EdgercWriter</name>
    <message>
        <source>Cannot write the .edgerc file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make it private (mode 0600).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>edgekv::ExpiryChooser</name>
    <message>
        <source>Akamai&apos;s default since September 2024. The API does not say which kind of token an account issues, so the form assumes this one; an account that still needs an expiry date says so when you create the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends an expiry date, which creates a legacy token that stops working on that day. Only for accounts that still issue expiring tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires %1 days from today (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &lt;b&gt;legacy token&lt;/b&gt;, for accounts that still issue expiring tokens: edgekv_tokens.js gets its JWT value, which stops working on %1 (in %2 days). EdgeWorkers then get 401 errors from EdgeKV until the bundle carries a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &lt;b&gt;enhanced token&lt;/b&gt;: Akamai refreshes it automatically and it never expires. The bundle&apos;s edgekv_tokens.js gets a reference to it that never needs replacing; the bundle needs edgekv.js 0.6.2 or later. Akamai issues these since September 2024; an account that still needs an expiry date says so when you create, and the form then asks for one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::ExpiryNotifier</name>
    <message>
        <source>Token “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EdgeKV token needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n EdgeKV tokens need attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EdgeKV Token Manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Bundle Folder (with edgekv.js)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an EdgeWorkers Code Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EdgeWorkers code bundles (*.tgz *.tar.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the token details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected tokens can be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder or a bundle to preview the file and what changes in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a token for each namespace listed above to preview the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates %1; entries of other namespaces in it are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edgekv_tokens.js inside this bundle is updated or added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is selected: select the tokens to export in the token list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected tokens can be exported: see the reasons above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder of your EdgeWorker&apos;s code bundle (where edgekv.js is), or a bundle .tgz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the token to write for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Export asks before replacing it; a .bak copy of it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file already holds exactly these entries: there is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ready: Export writes the entry of %n namespace. Nothing is written before that.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready: Export writes the entries of %n namespaces. Nothing is written before that.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Please note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the Unreadable File?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The existing token file cannot be read:
%1

Replace it with the new file? A copy of it is kept as a .bak file beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: %1 is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n namespace into %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n namespaces into %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 replaced, %3 kept as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unreadable file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1 in the file manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading the details of %n token…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading the details of %n tokens…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pick below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the reason below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates %1 inside this bundle; every other file in the bundle stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds %1 to this bundle; every other file in the bundle stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::ExportPreview</name>
    <message>
        <source>…(hidden #%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  … %n unchanged lines</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The existing %1 cannot be read (%2), so it is replaced as a whole; a .bak copy is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist yet; it is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file already holds exactly these entries: there is nothing to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line by line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::ExportSelection</name>
    <message>
        <source>%1 expired on %2 and is left out: EdgeKV refuses an expired token (401). Renew it or create a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is left out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is left out: the API did not return its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is left out: the API did not return its uuid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is left out: it covers no namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is left out: its namespace name &quot;%2&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed to activate (ERROR): EdgeWorkers cannot use it. Create a new token for its namespaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still activating: EdgeWorkers can use it once activation completes, usually within minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expires on %2 (%3): renew it and export again before then, or EdgeWorkers using this file get 401 errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (410 from the API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired, so left out (EdgeKV refuses an expired token with 401; renew it or create a new one): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation failed (ERROR; EdgeWorkers cannot use such a token, create a new one): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon (renew and export again before then, or EdgeWorkers using this file get 401 errors): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still activating (EdgeWorkers can use a token once its activation completes, usually within minutes): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy (value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced (reference)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::FirstRunPanel</name>
    <message>
        <source>Import from %1</source>
        <translation>Aus %1 importieren</translation>
    </message>
    <message numerus="yes">
        <source>Use the API clients you already have: %n section(s) in %1.</source>
        <translation>
            <numerusform>Die vorhandenen API-Clients verwenden: %n Abschnitt in %1.</numerusform>
            <numerusform>Die vorhandenen API-Clients verwenden: %n Abschnitte in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgekv::GuiCommandLine</name>
    <message>
        <source>Start the local sandbox in this process, with demo tokens of both models and every status, and open it. No Akamai account or keychain needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many demo tokens the sandbox starts with (default 24).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the account of a section of this .edgerc file for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .edgerc section to use with --edgerc (default ?ult”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See every Akamai EdgeKV access token of an account and its health at a glance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox-tokens needs a number from 0 to 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox-tokens only goes with --sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--edgerc needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--section only goes with --edgerc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --sandbox or --edgerc, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::KeychainStatusBanner</name>
    <message>
        <source>You can keep accounts linked to your .edgerc file, or use them for this session only.</source>
        <translation>Sie können Konten mit Ihrer .edgerc-Datei verknüpft lassen oder nur für diese Sitzung verwenden.</translation>
    </message>
    <message>
        <source>You can keep accounts linked to your .edgerc file instead.</source>
        <translation>Sie können Konten stattdessen mit Ihrer .edgerc-Datei verknüpft lassen.</translation>
    </message>
    <message>
        <source>You can use the account for this session only instead.</source>
        <translation>Sie können das Konto stattdessen nur für diese Sitzung verwenden.</translation>
    </message>
    <message>
        <source>Without a keychain the app cannot remember API secrets, and it never writes them to a plain file instead. %1</source>
        <translation>Ohne Schlüsselbund kann sich die App keine API-Geheimnisse merken, und sie schreibt sie nie ersatzweise in eine einfache Datei. %1</translation>
    </message>
</context>
<context>
    <name>edgekv::MainWindow</name>
    <message>
        <source>Refreshed “%1”.</source>
        <translation>„%1“ aktualisiert.</translation>
    </message>
    <message>
        <source>Revoked %1.</source>
        <translation>%1 widerrufen.</translation>
    </message>
    <message>
        <source>About EdgeKV Token Manager</source>
        <translation>Über EdgeKV Token Manager</translation>
    </message>
    <message>
        <source>&lt;h3&gt;EdgeKV Token Manager %1&lt;/h3&gt;&lt;p&gt;See every Akamai EdgeKV access token and its health at a glance, create tokens and export &lt;tt&gt;edgekv_tokens.js&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EdgeKV Token Manager %1&lt;/h3&gt;&lt;p&gt;Alle Akamai-EdgeKV-Zugriffstokens und ihren Zustand auf einen Blick sehen, Tokens erstellen und &lt;tt&gt;edgekv_tokens.js&lt;/tt&gt; exportieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search token names and namespaces (%1)</source>
        <translation>Token-Namen und Namespaces durchsuchen (%1)</translation>
    </message>
    <message>
        <source>All tokens</source>
        <translation>Alle Tokens</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Auto-refresh</source>
        <translation>Automatisch aktualisiert</translation>
    </message>
    <message>
        <source>The local sandbox could not be started: %1</source>
        <translation>Die lokale Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Cannot open the account from the .edgerc file: %1</source>
        <translation>Das Konto aus der .edgerc-Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>%1 (.edgerc)</source>
        <translation>%1 (.edgerc)</translation>
    </message>
    <message>
        <source>%1 (.edgerc %2)</source>
        <translation>%1 (.edgerc %2)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>%1 — EdgeKV Token Manager</source>
        <translation>%1 — EdgeKV Token Manager</translation>
    </message>
    <message>
        <source>Cannot open the account “%1”: %2</source>
        <translation>Das Konto „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Loading tokens…</source>
        <translation>Tokens werden geladen…</translation>
    </message>
    <message>
        <source>Loading details %1/%2</source>
        <translation>Details werden geladen %1/%2</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message numerus="yes">
        <source>Updated; the details of %n token(s) could not be loaded.</source>
        <translation>
            <numerusform>Aktualisiert; die Details von %n Token konnten nicht geladen werden.</numerusform>
            <numerusform>Aktualisiert; die Details von %n Tokens konnten nicht geladen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No tokens match</source>
        <translation>Keine passenden Tokens</translation>
    </message>
    <message>
        <source>No token of %1 matches the search and filter.</source>
        <translation>Kein Token von %1 passt zu Suche und Filter.</translation>
    </message>
    <message>
        <source>Show All Tokens</source>
        <translation>Alle Tokens anzeigen</translation>
    </message>
    <message>
        <source>Choose an account</source>
        <translation>Konto wählen</translation>
    </message>
    <message>
        <source>Pick the account whose tokens you want to see in the toolbar.</source>
        <translation>Wählen Sie in der Werkzeugleiste das Konto, dessen Tokens Sie sehen möchten.</translation>
    </message>
    <message>
        <source>The tokens could not be loaded</source>
        <translation>Die Tokens konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>The message above says what went wrong and what to do.</source>
        <translation>Die Meldung oben erklärt, was schiefging und was zu tun ist.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Loading the tokens of %1…</source>
        <translation>Die Tokens von %1 werden geladen…</translation>
    </message>
    <message>
        <source>EdgeKV is not initialized for this account</source>
        <translation>EdgeKV ist für dieses Konto nicht initialisiert</translation>
    </message>
    <message>
        <source>Initialize EdgeKV for the account first (in Akamai Control Center or with Ǌkamai edgekv initialize”); then tokens can be created here.</source>
        <translation>Initialisieren Sie EdgeKV zuerst für das Konto (im Akamai Control Center oder mit „akamai edgekv initialize“); dann lassen sich hier Tokens erstellen.</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>No tokens yet</source>
        <translation>Noch keine Tokens</translation>
    </message>
    <message>
        <source>An EdgeWorker needs an access token to read an EdgeKV namespace.</source>
        <translation>Ein EdgeWorker braucht ein Zugriffstoken, um einen EdgeKV-Namespace zu lesen.</translation>
    </message>
    <message>
        <source>Create Your First Token</source>
        <translation>Erstes Token erstellen</translation>
    </message>
    <message>
        <source>Tokens created with the Akamai CLI or the EdgeKV API appear here.</source>
        <translation>Mit der Akamai CLI oder der EdgeKV-API erstellte Tokens erscheinen hier.</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Kein Konto</translation>
    </message>
    <message>
        <source>Local sandbox · %1</source>
        <translation>Lokale Sandbox · %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The account and API host whose tokens are shown</source>
        <translation>Konto und API-Host, deren Tokens angezeigt werden</translation>
    </message>
</context>
<context>
    <name>edgekv::MemorySecretStore</name>
    <message>
        <source>No secret is stored under &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::NamespacePermissionGrid</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter namespaces by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The namespace&apos;s data access policy (restrictDataAccess). All namespaces of one token must share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen networks have no namespaces. Create one in Control Center or with “akamai edgekv create ns”, then open this form again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick Read, Write or Delete for each namespace the token should reach; a namespace&apos;s name ticks all three.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of at most %2 namespaces chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their data access policy differs from the ticked ones (one token, one policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they do not exist on every chosen network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token covers at most %1 namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greyed out: %1. Point at a row for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token covers at most %1 namespaces. Untick one to choose this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick Read, Write and Delete for %1 (click again to clear them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1 (restrictDataAccess).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::PreferencesDialog</name>
    <message>
        <source>This desktop has no system tray, so notifications cannot be shown; the summary line above the table still counts what needs attention.</source>
        <translation>Dieser Desktop hat keinen Infobereich, daher können keine Benachrichtigungen angezeigt werden; die Zusammenfassung über der Tabelle zählt weiterhin, was Aufmerksamkeit braucht.</translation>
    </message>
    <message>
        <source>Each token is reported once per state, e.g. once when it enters the warning window and once more when it expires.</source>
        <translation>Jedes Token wird einmal pro Zustand gemeldet, z. B. einmal, wenn es in den Warnzeitraum kommt, und noch einmal, wenn es abläuft.</translation>
    </message>
</context>
<context>
    <name>edgekv::SandboxCommandLine</name>
    <message>
        <source>A local EdgeKV API server for trying the EdgeKV Token Manager without an Akamai account and for
testing it: it serves the token and namespace API under /edgekv/v1, verifies EdgeGrid signatures
like Akamai&apos;s gateway, keeps its data in memory or in a state file, and can inject faults.
When it is ready it prints one line, &quot;listening on &lt;base URL&gt;&quot;, to stdout. It runs until
SIGINT or SIGTERM (exit status 0); a runtime error gives exit status 1, bad usage 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and port to listen on: an IPv4 address, [IPv6] or localhost, then :PORT (0 picks a free port). Anything but a loopback address needs --tls-cert and --tls-key. Default: 127.0.0.1:0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate (chain). Needs --tls-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM private key (RSA or EC, unencrypted) of --tls-cert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once listening, write an .edgerc section that this server accepts into FILE (mode 0600; other sections are kept). Its host is http://127.0.0.1:PORT for plain HTTP and 127.0.0.1:PORT for HTTPS. The secrets are never printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section --write-edgerc writes. Default: default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the client token, client secret and access token of this .edgerc instead of random ones made for this run. When FILE is also the --write-edgerc file and does not hold the section yet, new credentials are made and written there, so the same command works every time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section of --credentials to read. Default: the --section name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep tokens and namespaces in this JSON file across restarts (rewritten atomically). A corrupt or foreign file is reported and left untouched. Default: memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The namespaces every account starts with, on both networks. Default: eight realistic ones (default, marketing, products, checkout, feature_flags, geo-redirects, ab-tests, user-prefs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a,b,c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add N demo tokens to the API client&apos;s own account (no accountSwitchKey) when it has none: legacy and enhanced, some expired in the last 30 days, some expiring within 7 and within 30 days, some activating, one in activation error (every kind from N = 7 on). The same N and --today give the same tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretend today is this UTC date: the real clock moved by whole days, so the time of day keeps running. Dates of created and seeded tokens follow it. The gateway&apos;s timestamp check is widened to accept clients signing with the real time as well as with a time on that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What POST /tokens creates: enhanced or legacy. Default: enhanced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds an enhanced token stays IN_PROGRESS before COMPLETE. Default: 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts start uninitialized: GET /initialize answers 404.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay every response by N milliseconds. Default: 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inject a fault at a probability from 0 to 1; repeatable. KIND is 500, 503, 429 (with Retry-After), reset (drop the connection), malformed (truncated JSON) or stall (the body never ends).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND:RATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the fault random generator, for repeatable runs. Default: random.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log every request (method, path, status) and the server&apos;s messages to stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key must be given together, each with a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to serve plain HTTP on the non-loopback address %1: give --tls-cert and --tls-key, or listen on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs --credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date like 2025-03-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a token model: use enhanced or legacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from 0 to 18446744073709551615.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not HOST:PORT (e.g. 127.0.0.1:8080 or [::1]:8080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write an IPv6 address in brackets, e.g. [::1]:8080, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address (or localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a namespace name (1 to 32 letters, digits, &apos;_&apos; or &apos;-&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 namespaces given; an account holds at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Examples:
  Try the app without an Akamai account (plain HTTP on loopback, 40 demo tokens):
    edgekv-sandbox --seed 40 --write-edgerc ~/.edgerc-sandbox --section sandbox
  Keep tokens and credentials across restarts, on a fixed port:
    edgekv-sandbox --listen 127.0.0.1:8080 --state sandbox-state.json \
        --write-edgerc sandbox.edgerc --credentials sandbox.edgerc --seed 40
  HTTPS on every interface, with the accounts still uninitialized:
    edgekv-sandbox --listen 0.0.0.0:8443 --tls-cert cert.pem --tls-key key.pem --uninitialized
  Reproducible dates, legacy tokens and a flaky network for tests:
    edgekv-sandbox --today 2025-03-01 --seed 12 --token-model legacy --latency-ms 200 \
        --fault 503:0.1 --fault reset:0.05 --fault-seed 7 --write-edgerc test.edgerc
  A self-signed certificate for --tls-cert and --tls-key:
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -keyout key.pem -out cert.pem \
        -subj /CN=localhost -addext subjectAltName=DNS:localhost,IP:127.0.0.1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section name must not be empty or start or end with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section name &quot;%1&quot; must not contain &apos;[&apos;, &apos;]&apos; or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::SandboxSession</name>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the local sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::SandboxStore</name>
    <message>
        <source>not an edgekv-sandbox state file (no &quot;format&quot;: &quot;edgekv-sandbox-state&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported state file version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;accounts&quot; is missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account &quot;%1&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an ISO 8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;enhanced&quot; or &quot;legacy&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token needs a name and a uuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate token name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::StateFile</name>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (at byte %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an edgekv-sandbox state file (not a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::StrictJsonScanner</name>
    <message>
        <source>A comment. The token object must be strict JSON, without comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single quotes. JSON strings and keys need double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends before the object is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot; where %2 was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &quot;{&quot; is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trailing comma before &quot;}&quot;, which JSON does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key without double quotes. JSON keys need double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comma is missing before this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &quot;[&quot; is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trailing comma before &quot;]&quot;, which JSON does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This string is not closed on its line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A control character inside a string; JSON needs it escaped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invalid \u escape in a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An escape JSON does not have, &quot;\%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This string is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a JSON number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value without double quotes. JSON strings need double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON value (strings need double quotes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;:&quot; after the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;,&quot; or &quot;}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;,&quot; or &quot;]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::SummaryBar</name>
    <message>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>Show every token again</source>
        <translation>Wieder alle Tokens anzeigen</translation>
    </message>
    <message>
        <source>Every listed token counts toward the account&apos;s token limit, expired ones until 30 days after their expiry date.</source>
        <translation>Jedes aufgeführte Token zählt zum Token-Limit des Kontos, abgelaufene bis 30 Tage nach ihrem Ablaufdatum.</translation>
    </message>
    <message>
        <source>Showing only these tokens; click to show all</source>
        <translation>Nur diese Tokens werden angezeigt; klicken, um alle anzuzeigen</translation>
    </message>
    <message>
        <source>Show only these tokens</source>
        <translation>Nur diese Tokens anzeigen</translation>
    </message>
</context>
<context>
    <name>edgekv::TokenDetailsFetcher</name>
    <message>
        <source>there is no connection to the account to load its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has expired, so the API no longer returns it (410). Renew it or create a new token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::TokenDetailsPanel</name>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the namespaces, networks and EdgeWorker IDs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EdgeKV no longer reports the namespaces and networks of this expired token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details of this token could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced (auto-refresh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy (expires)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed automatically; bundles reference it by its UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed value that stops working on its expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All EdgeWorkers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::TokenExport</name>
    <message>
        <source>The bundle does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a file, so it cannot be a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to be an EdgeWorkers code bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the bundle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle changed since the preview; nothing was written. Export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new bundle did not read back correctly; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup could be written, so the bundle is left as it is. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::TokenFileMerger</name>
    <message>
        <source>Two tokens are chosen for namespace %1; an edgekv_tokens.js holds one per namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced %1 with a new entry of token %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced %1 (an entry without a token name) with token %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced %1: token %2 → %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged %1: the file already holds this token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as they were: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::TokenFileParser</name>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The existing file was empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This comment is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;var&quot; is missing before edgekv_access_tokens; edgekv.js needs &quot;var edgekv_access_tokens = {&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an EdgeKV token file: it must start with &quot;var edgekv_access_tokens = {&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an EdgeKV token file: the variable must be named edgekv_access_tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;=&quot; expected after edgekv_access_tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An object in braces, { … }, expected after &quot;=&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected text after the export statement; the file may only hold the token object and its export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;export { edgekv_access_tokens };&quot; expected here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;export { edgekv_access_tokens };&quot; is missing after the object, so edgekv.js cannot import the tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears %2 times; the last one (line %3) is kept, as edgekv.js would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a namespace key; it is kept as it is, and edgekv.js ignores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the bare key &quot;%2&quot; is dropped, because &quot;%3&quot; is also in the file and edgekv.js only reads that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the bare key &quot;%2&quot; becomes &quot;%3&quot;, the key edgekv.js looks up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments outside the token object are not kept when the file is rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to be an EdgeKV token file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::TokenFileStore</name>
    <message>
        <source>No folder or file was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a bundle, not a folder or a token file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a folder, nor a .js file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file changed since the preview; nothing was written. Export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup could be written, so the file is left as it is. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The existing file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 of %2 bytes could be written; the disk may be full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to be an EdgeKV token file; it is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the existing file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::TokenFormRules</name>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;app&gt;-&lt;env&gt;-&lt;yyyy-mm&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the token: 1 to %1 letters, digits, _ or -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains %1, which a token name cannot have. Use only letters (A–Z, a–z), digits, _ and -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token name cannot start with “-”. Start it with a letter, a digit or _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name has %1 characters; the limit is %2. Remove 1 character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name has %1 characters; the limit is %2. Remove %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account already has a token named %1. Choose another name, for example with the month added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one network: Staging, Production or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an EdgeWorker ID, a number such as 4242.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an EdgeWorker ID: IDs are whole numbers such as 4242 (Control Center lists them under EdgeWorkers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EdgeWorker ID %1 is listed twice; remove one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token can be limited to at most %1 EdgeWorker IDs; %2 are listed. Remove %3, or remove all of them to let every EdgeWorker use the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace %1 has no permission: tick Read, Write or Delete, or leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace %1 has the permission %2; permissions are r (read), w (write) and d (delete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace %1 has the permission %2 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restricts data access, but the namespaces already ticked (%2) do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not restrict data access, but the namespaces already ticked (%2) do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All namespaces of one token must share a data access policy: untick those to choose this one, or create a second token for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists only on staging, and the token is for production too. Untick Production, or leave this namespace out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists only on production, and the token is for staging too. Untick Staging, or leave this namespace out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist on staging. Tick Production to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist on production. Tick Staging to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staging only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the token access to at least one namespace: tick Read, Write or Delete in its row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token can cover at most %1 namespaces; %2 are ticked. Untick %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace %1 does not exist on the chosen networks; leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticked namespaces mix data access policies (restricted: %1; not restricted: %2). All namespaces of one token must share a policy; untick one group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry must be tomorrow (%1) or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry can be at most six months ahead: %1 or earlier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::TokenFormatter</name>
    <message>
        <source>Never — next refresh %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API did not report an expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date (UTC): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never expires: Akamai refreshes this token automatically.
Last refresh: %1
Next scheduled refresh: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EdgeWorkers may use this token on the staging and production networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EdgeWorkers may use this token on the staging network only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EdgeWorkers may use this token on the production network only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token is allowed on no network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every EdgeWorker ID may use this token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these EdgeWorker IDs may use this token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::TokenListLoader</name>
    <message>
        <source>No account is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the details of token “%1” was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::TokenOperations</name>
    <message>
        <source>Refreshing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EdgeWorkers that use it will no longer be able to read its namespaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EdgeWorkers that use it will no longer be able to read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the token %1?

%2 This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n tokens?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>EdgeWorkers that use them will no longer be able to read their namespaces. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n tokens…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgekv::TokenStatus</name>
    <message>
        <source>Expired yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expired %n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires within weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a replacement token for the same namespaces and export it into the EdgeWorker bundles that use this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token expired yesterday (%1, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This token expired %n days ago (%1, UTC).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>EdgeWorkers that still use it get 401 errors from EdgeKV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired tokens keep counting toward the account&apos;s token limit for 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token expires today (%1, UTC); after that, EdgeWorkers that use it get 401 errors from EdgeKV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token expires tomorrow (%1, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This token expires in %n days (%1, UTC).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This token does not expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token is valid until %1 (UTC). Nothing to do yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token never expires: Akamai refreshes it automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token never expires: Akamai refreshes it automatically. Next refresh: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token is still being activated; EdgeWorkers cannot use it yet. Activation usually completes within minutes: refresh the list to check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation of this token failed; EdgeWorkers cannot use it. Revoke it and create it again; if that fails too, contact Akamai support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::TokenSummary</name>
    <message numerus="yes">
        <source>%n expired</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expires today</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expire today</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expires within 1 day</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expire within 1 day</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expires within %1 days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expire within %1 days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activation error</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activation errors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token counts toward the account&apos;s token limit</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tokens count toward the account&apos;s token limit</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgekv::TokenTableModel</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the token&apos;s namespaces, networks and EdgeWorker IDs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API does not return the details of an expired legacy token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s details could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API did not report this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
UUID: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the token was first created (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CP code EdgeKV bills this token&apos;s use to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EdgeWorker IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date of legacy tokens; enhanced tokens never expire and show their next automatic refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each namespace with its permissions: r read, w write, d delete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::cli</name>
    <message>
        <source>Exit codes:
  0  Success. check: every entry is usable and none expires within --warn-days.
  1  The operation failed: an API error, a network problem or timeout, the keychain, a file that
     could not be written, or a revoke that was not confirmed. check: warnings only (a token
     expires within --warn-days, is still activating, or could not be verified with the account).
  2  Bad usage or configuration: an unknown command or option, a missing or invalid argument, a
     value the API would refuse, credentials that cannot be loaded, or revoke without --yes when
     stdin is not a terminal. check: something is broken (an expired, revoked or unknown token,
     an unreadable token file or key, an entry edgekv.js cannot use).
  Any other status (such as 134 after a signal) is a crash; please report it.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::cli::AccountsCommand</name>
    <message>
        <source>List, import (from .edgerc into the keychain, or linked) and remove stored accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts the app shows and --account NAME uses.
  list           every stored account: name, storage, host or linked file.
  import-edgerc  imports sections of the --edgerc file (default ~/.edgerc), each as an account
                 named after its section: the client token, client secret and access token go
                 to the OS keychain (Secret Service), the rest to the settings file. With
                 --linked only the file and section are stored and the file is read when the
                 account is used. Without --section every section is imported. An existing
                 account is replaced only with --replace. AKAMAI_* variables are not imported.
  remove NAME    removes the account and its keychain entry (never the .edgerc file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-edgerc: import this section (repeat for more; default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-edgerc: store a link to the file and section, not the secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-edgerc: replace accounts that already have the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts needs an action: list, import-edgerc or remove NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--section, --linked and --replace belong to “accounts import-edgerc”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts list takes no further arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts import-edgerc takes no further arguments; choose sections with --section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--section needs a section name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts remove needs exactly one account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an accounts action: use list, import-edgerc or remove NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stored accounts. Import some with “%1 accounts import-edgerc”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STORAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sections to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no section [%2]; its sections are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] cannot be an account name: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account named “%1” exists already; add --replace to replace it, or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1]: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is unavailable (%1). [%2] and the sections after it were not imported and nothing was written for them; use --linked to keep a link to the file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked account “%1” to %2 [%1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported account “%1” into the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stored account named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed account “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::cli::CheckCommand</name>
    <message>
        <source>Check the tokens in a bundle folder, edgekv_tokens.js or bundle .tgz (for CI and cron).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks every entry of the token file of PATH (a bundle folder, an edgekv_tokens.js or a
bundle .tgz). Broken: an expired token, a token the account does not know (revoked, or from
another account), a reference that is not the token&apos;s, a bare key or an entry with neither
value nor reference (edgekv.js fails with MISSING ACCESS TOKEN), a token file that is missing
or cannot be parsed, an edgekv.js too old for reference entries. Warnings: a token that
expires within --warn-days or is still activating, and an account that could not be asked.
Without usable credentials (or with --offline) it judges what the file itself tells: legacy
values by their JWT&apos;s exp and namespace claims (the signature is not checked), key and
reference formats, and it lists the checks it could not make.
Exit 0 when all is well, 1 with warnings only, 2 when something is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token that expires within this many days is a warning (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask the account; judge the file alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check needs a PATH: a bundle folder, an edgekv_tokens.js file or a bundle .tgz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check takes one PATH, but %1 arguments were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--warn-days must be a whole number of days from 0 to 3650, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not asked: --offline was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be asked, so revoked or unknown tokens were not detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::cli::CheckReport</name>
    <message>
        <source>Token file: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: ok.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: warnings (exit code 1).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: broken (exit code 2).
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::cli::CliApplication</name>
    <message>
        <source>%1 %2: EdgeKV access tokens from scripts, CI and monitoring.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [global options] COMMAND [options] [arguments]

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the help of a command (also: COMMAND --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options (before or after the command):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials: the [default] section of ~/.edgerc unless --edgerc, --section or --account say otherwise. As in Akamai&apos;s libraries, AKAMAI_HOST, AKAMAI_CLIENT_TOKEN, AKAMAI_CLIENT_SECRET and AKAMAI_ACCESS_TOKEN (all four) replace the file&apos;s section, AKAMAI_MAX_BODY and AKAMAI_ACCOUNT_KEY apply too, and for another section the prefix is AKAMAI_&lt;SECTION&gt;_.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2 [global options]

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1” for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (or cannot be read).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::cli::CommandContext</name>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::cli::CreateArguments</name>
    <message>
        <source>An empty namespace was given; use --namespace NS=PERMS, e.g. --namespace default=rw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not NS=PERMS: give the namespace and its permissions, e.g. %1=r.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid namespace name: use 1 to 32 letters, digits, “_” or “-”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace “%1” is given twice; give it once with all its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: use YYYY-MM-DD, e.g. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no namespaces on the chosen networks; “edgekv-tokens namespaces” lists them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::cli::CreateCommand</name>
    <message>
        <source>Create a token for namespaces with r/w/d permissions on staging and/or production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the token NAME (1 to 32 letters, digits, “_” or “-”, not starting with “-”) for 1 to
20 namespaces, each with 1 to 3 of the permissions r (read), w (write) and d (delete):
--namespace default=rwd --namespace marketing=r (or default=rwd,marketing=r). Choose at least
one network. Without --expiry the API creates an enhanced token that refreshes automatically;
--expiry creates a legacy token that expires that day (tomorrow at the earliest, six months
ahead at the latest). Up to 8 numeric --edgeworker-id restrict the token to those EdgeWorkers;
without any, every EdgeWorker may use it. Everything is checked before the request is sent,
also that the namespaces exist on the chosen networks and share one data access policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A namespace and its permissions (letters of rwd). Repeat it or separate with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow the token on the staging network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow the token on the production network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a legacy token that expires on this UTC day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this EdgeWorker may use the token. Repeat it or separate with commas (at most 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the JWT value of a created legacy token (a secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create needs the name of the new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create takes one token name, but “%1” was given; give namespaces with --namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expiry needs a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the create request was lost; asking for the token by name showed it had been created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created token “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1 export --to BUNDLE_FOLDER_OR_TGZ %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::cli::CredentialsResolver</name>
    <message>
        <source>No API credentials: %1 does not exist. Pass --edgerc FILE, --account NAME, or set %2HOST, %2CLIENT_TOKEN, %2CLIENT_SECRET and %2ACCESS_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stored account named “%1”; there are none yet (see “accounts import-edgerc”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stored account named “%1”. Stored accounts: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::cli::ExportCommand</name>
    <message>
        <source>Write tokens into edgekv_tokens.js in a bundle folder or a bundle .tgz, merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetches each TOKEN by name and writes one entry per namespace it covers into
edgekv_tokens.js, keyed &quot;namespace-&lt;ns&gt;&quot; as edgekv.js reads it: {name, value} for legacy
tokens, {name, reference} (the uuid) for enhanced ones. PATH is a bundle folder, an
edgekv_tokens.js file, or a bundle .tgz (the file inside is replaced, every other entry is
kept byte for byte). Entries of other namespaces stay as they are; entries of the exported
namespaces are replaced, also when they named another token. Bare keys written by the
official CLI are renamed to &quot;namespace-&lt;ns&gt;&quot;. The file is written atomically; an existing
file that cannot be parsed is refused unless --replace-unparseable (then a .bak copy is kept).
Prints what was added, replaced, kept and renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle folder, edgekv_tokens.js or bundle .tgz to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an existing token file that cannot be parsed, after writing a .bak copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --to PATH: a bundle folder, an edgekv_tokens.js file or a bundle .tgz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs the names of the tokens to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid token name: use 1 to 32 letters, digits, “_” or “-”, not starting with “-”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token “%1” is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API gave no value for legacy token “%1”, so it cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API gave no uuid for token “%1”, so it cannot be referenced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token “%1” covers no namespace, so there is nothing to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens “%1” and “%2” both cover namespace “%3”, and a bundle holds one token per namespace: export only one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token “%1”: %2 (%3); EdgeWorkers get 401 errors after that. Create a replacement in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token “%1” is still activating: EdgeWorkers cannot use it until its activation is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation of token “%1” failed: EdgeWorkers cannot use it; refresh it or create another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds exactly these entries; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  The old file could not be parsed (%1); a copy was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::cli::GlobalOptions</name>
    <message>
        <source>EdgeGrid credentials file (default ~/.edgerc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section of the credentials file (default “default”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an account stored with “accounts import-edgerc” instead of a credentials file (the AKAMAI_* variables do not apply to it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account switch key: act on another account (wins over account_key and AKAMAI_ACCOUNT_KEY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (e.g. the local sandbox&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for each answer of the API (default %1). Failed tries are retried up to three times in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print machine-readable JSON on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help for the command and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--edgerc needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--section needs a section name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account needs an account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account cannot be combined with --edgerc or --section: a stored account already says where its credentials are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account-key needs an account switch key, e.g. 1-5C0YLB:1-8BYUX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ca-cert needs a PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout-s must be a whole number of seconds from 1 to 3600, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::cli::ListCommand</name>
    <message>
        <source>List the account&apos;s tokens with their status, most urgent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the account&apos;s EdgeKV access tokens, most urgent first: name, status, the expiry date
of legacy tokens or the next refresh of enhanced ones. The API&apos;s list carries no networks or
namespaces: --details fetches every token (8 requests at a time) to show them. With --json,
an array of objects with the API&apos;s field names plus &quot;model&quot;, &quot;status&quot; and &quot;daysLeft&quot;
(null for tokens that never expire).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list legacy tokens that expired less than 30 days ago (they still count toward the account&apos;s token limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch each token for its networks, namespaces and permissions, EdgeWorker IDs and CP code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no arguments, but “%1” was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EdgeKV is not initialized on this account, so it has no tokens yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tokens (add --include-expired to see recently expired ones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRES / NEXT REFRESH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NETWORKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAMESPACES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(expired: details unavailable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(details unavailable)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::cli::NamespacesCommand</name>
    <message>
        <source>List the namespaces of the staging and production networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the EdgeKV namespaces with the networks they exist on, retention, location, access
group and data access policy (a token can only cover namespaces that share one policy).
Without --network both networks are asked and merged by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this network: staging or production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespaces takes no arguments, but “%1” was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--network must be staging or production, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No namespaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NETWORKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RETENTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GEO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATA ACCESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrestricted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::cli::RefreshCommand</name>
    <message>
        <source>Refresh an enhanced token now, before its scheduled refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshes the enhanced token NAME now instead of at its next scheduled refresh. The token
keeps its uuid, so the bundles that reference it need no change. Legacy tokens cannot be
refreshed: create a new one before the old one expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed token “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::cli::RevokeCommand</name>
    <message>
        <source>Revoke a token (asks first; --yes for scripts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revokes the token NAME. EdgeWorkers whose bundle still carries it get 401 errors from
EdgeKV, and it cannot be undone. On a terminal you are asked to confirm (y/N). When stdin is
not a terminal, --yes is required; without it nothing is revoked and the exit code is 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not revoking “%1”: stdin is not a terminal, so nobody can confirm. Add --yes to revoke it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke token “%1”? EdgeWorkers still using it will get 401 errors. [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token “%1” was not revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token “%1” is revoked (it was already gone when the request was retried).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked token “%1” (uuid %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::cli::ShowCommand</name>
    <message>
        <source>Show one token: networks, namespaces, dates (its JWT value only with --reveal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows every field of the token NAME. The JWT value of a legacy token is a secret: it is
printed only with --reveal (also in the JSON, as &quot;value&quot;). Enhanced tokens have no value;
the bundle refers to them by their uuid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also print the JWT value of a legacy token (a secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the name of a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes one token name, but %2 arguments were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid token name: use 1 to 32 letters, digits, “_” or “-”, not starting with “-”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edgekv::cli::TokenOutput</name>
    <message>
        <source>staging, production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto-refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legacy (expires; the bundle holds its JWT value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enhanced (refreshes automatically; the bundle holds its uuid as reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EdgeWorker IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden (add --reveal to print the JWT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

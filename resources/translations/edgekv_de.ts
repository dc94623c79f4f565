<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountEditDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Enter the credentials of an API client with EdgeKV access, from Akamai Control Center or a section of your .edgerc file. The secrets are kept in the system keychain.</source>
        <translation>Geben Sie die Zugangsdaten eines API-Clients mit EdgeKV-Zugriff ein, aus dem Akamai Control Center oder aus einem Abschnitt Ihrer .edgerc-Datei. Die Geheimnisse werden im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>For example: production</source>
        <translation>Zum Beispiel: production</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>akab-xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx.luna.akamaiapis.net</source>
        <translation>akab-xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx.luna.akamaiapis.net</translation>
    </message>
    <message>
        <source>Client &amp;token:</source>
        <translation>Client &amp;Token:</translation>
    </message>
    <message>
        <source>akab-…</source>
        <translation>akab-…</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client S&amp;ecret:</translation>
    </message>
    <message>
        <source>Show or hide the client secret</source>
        <translation>Client Secret anzeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>&amp;Access Token:</translation>
    </message>
    <message>
        <source>Account s&amp;witch key:</source>
        <translation>Account S&amp;witch Key:</translation>
    </message>
    <message>
        <source>Only for API clients that manage several accounts (partners, resellers). It is sent with every call of this account.</source>
        <translation>Nur für API-Clients, die mehrere Konten verwalten (Partner, Reseller). Er wird bei jedem Aufruf dieses Kontos mitgesendet.</translation>
    </message>
    <message>
        <source>Optional, for example 1-5C0YLB:1-8BYUX</source>
        <translation>Optional, zum Beispiel 1-5C0YLB:1-8BYUX</translation>
    </message>
    <message>
        <source>Max &amp;body:</source>
        <translation>Max. &amp;Body-Größe:</translation>
    </message>
    <message>
        <source>The most request body bytes the signature covers (max_body in a .edgerc). Keep the default unless your .edgerc says otherwise.</source>
        <translation>Die maximale Anzahl Bytes des Anfrage-Bodys, die die Signatur abdeckt (max_body in einer .edgerc). Behalten Sie den Standardwert bei, sofern Ihre .edgerc nichts anderes angibt.</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> Byte</translation>
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
        <translation>Laden der Token-Liste</translation>
    </message>
    <message>
        <source>Loading token “%1”</source>
        <translation>Laden des Tokens „%1“</translation>
    </message>
    <message>
        <source>Creating token “%1”</source>
        <translation>Erstellen des Tokens „%1“</translation>
    </message>
    <message>
        <source>Revoking token “%1”</source>
        <translation>Widerrufen des Tokens „%1“</translation>
    </message>
    <message>
        <source>Refreshing token “%1”</source>
        <translation>Aktualisieren des Tokens „%1“</translation>
    </message>
    <message>
        <source>Loading the namespaces</source>
        <translation>Laden der Namespaces</translation>
    </message>
    <message>
        <source>Loading the %1 namespaces</source>
        <translation>Laden der Namespaces im Netzwerk %1</translation>
    </message>
    <message>
        <source>Loading namespace “%1”</source>
        <translation>Laden des Namespace „%1“</translation>
    </message>
    <message>
        <source>Checking whether EdgeKV is initialized</source>
        <translation>Prüfung der EdgeKV-Initialisierung</translation>
    </message>
    <message>
        <source>Loading the permission groups</source>
        <translation>Laden der Berechtigungsgruppen</translation>
    </message>
    <message>
        <source>The EdgeKV request</source>
        <translation>Die EdgeKV-Anfrage</translation>
    </message>
    <message>
        <source> (“%1”)</source>
        <translation> („%1“)</translation>
    </message>
    <message>
        <source>the API rejected the request signature. Check the client secret and access token of the API credentials, and that this computer&apos;s clock is set correctly.</source>
        <translation>die API hat die Signatur der Anfrage abgelehnt. Prüfen Sie Client Secret und Access Token der API-Zugangsdaten und ob die Uhr dieses Computers richtig eingestellt ist.</translation>
    </message>
    <message>
        <source>the API does not accept the client token: it is wrong or the API client has been revoked. Check client_token and access_token, or create new API credentials in Akamai Control Center.</source>
        <translation>die API akzeptiert das Client Token nicht: Es ist falsch oder der API-Client wurde widerrufen. Prüfen Sie client_token und access_token oder erstellen Sie neue API-Zugangsdaten im Akamai Control Center.</translation>
    </message>
    <message>
        <source>the API refused the credentials%1. Check the API credentials.</source>
        <translation>die API hat die Zugangsdaten abgelehnt%1. Prüfen Sie die API-Zugangsdaten.</translation>
    </message>
    <message>
        <source>the API rejected the request time: this computer&apos;s clock is off. Set the clock automatically (network time) and try again.</source>
        <translation>die API hat die Uhrzeit der Anfrage abgelehnt: Die Uhr dieses Computers geht falsch. Stellen Sie die Uhr automatisch ein (Netzwerkzeit) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>EdgeKV Access Token – Create</source>
        <translation>EdgeKV Access Token – Create</translation>
    </message>
    <message>
        <source>EdgeKV Access Token – View</source>
        <translation>EdgeKV Access Token – View</translation>
    </message>
    <message>
        <source>the API client is not allowed to do this%1. Ask an Akamai administrator to grant it access to EdgeKV and to the namespace&apos;s permission group.</source>
        <translation>der API-Client darf das nicht%1. Bitten Sie einen Akamai-Administrator, ihm Zugriff auf EdgeKV und auf die Berechtigungsgruppe des Namespace zu gewähren.</translation>
    </message>
    <message>
        <source>the API client is not allowed to do this%1. It needs the permission “%2”; ask an Akamai administrator to grant it in Identity and Access Management.</source>
        <translation>der API-Client darf das nicht%1. Er benötigt die Berechtigung „%2“; bitten Sie einen Akamai-Administrator, sie ihm in Identity and Access Management zu erteilen.</translation>
    </message>
    <message>
        <source>the token does not exist. It may have been revoked; reload the token list.</source>
        <translation>das Token existiert nicht. Möglicherweise wurde es widerrufen; laden Sie die Token-Liste neu.</translation>
    </message>
    <message>
        <source>the token has expired and can no longer be retrieved. Create a new token and put it into the EdgeWorker bundle.</source>
        <translation>das Token ist abgelaufen und kann nicht mehr abgerufen werden. Erstellen Sie ein neues Token und fügen Sie es in das EdgeWorker-Bundle ein.</translation>
    </message>
    <message>
        <source>the namespace does not exist on this network.</source>
        <translation>der Namespace existiert in diesem Netzwerk nicht.</translation>
    </message>
    <message>
        <source>the API answered “not found”%1.</source>
        <translation>die API hat „nicht gefunden“ gemeldet%1.</translation>
    </message>
    <message>
        <source>a token with this name already exists. Choose another name, or revoke the existing token first.</source>
        <translation>ein Token mit diesem Namen existiert bereits. Wählen Sie einen anderen Namen oder widerrufen Sie zuerst das vorhandene Token.</translation>
    </message>
    <message>
        <source>the API is limiting the request rate. Wait a minute and try again.</source>
        <translation>die API begrenzt die Anfragerate. Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the EdgeKV API had a server problem (HTTP %1). Try again later; if it persists, contact Akamai support with the request ID.</source>
        <translation>die EdgeKV-API hatte ein Serverproblem (HTTP %1). Versuchen Sie es später erneut; wenn das Problem bestehen bleibt, wenden Sie sich mit der Anfrage-ID an den Akamai-Support.</translation>
    </message>
    <message>
        <source>the API rejected the request%1.</source>
        <translation>die API hat die Anfrage abgelehnt%1.</translation>
    </message>
    <message>
        <source>the API answered with HTTP status %1%2.</source>
        <translation>die API hat mit HTTP-Status %1%2 geantwortet.</translation>
    </message>
    <message>
        <source>the EdgeKV API</source>
        <translation>die EdgeKV-API</translation>
    </message>
    <message>
        <source>%1 could not be reached (%2). Check the network connection and the host in the API credentials.</source>
        <translation>%1 ist nicht erreichbar (%2). Prüfen Sie die Netzwerkverbindung und den Host in den API-Zugangsdaten.</translation>
    </message>
    <message>
        <source>the secure connection to %1 could not be verified (%2). Check the host name and that no proxy intercepts the connection; certificate checks are never skipped.</source>
        <translation>%1 konnte für die sichere Verbindung nicht verifiziert werden (%2). Prüfen Sie den Hostnamen und dass kein Proxy die Verbindung abfängt; Zertifikatsprüfungen werden nie übersprungen.</translation>
    </message>
    <message>
        <source>%1 did not answer within 1 second.</source>
        <translation>%1 hat nicht innerhalb von 1 Sekunde geantwortet.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>Check the network connection and try again.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>cancelled.</source>
        <translation>abgebrochen.</translation>
    </message>
    <message>
        <source>the answer of the EdgeKV API could not be read (%1). Try again.</source>
        <translation>die Antwort der EdgeKV-API konnte nicht gelesen werden (%1). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The answer was lost and the check that followed failed too, so the token may or may not exist: reload the token list before creating it again.</source>
        <translation>Die Antwort ging verloren und auch die anschließende Prüfung schlug fehl, daher ist unklar, ob das Token existiert: Laden Sie die Token-Liste neu, bevor Sie es erneut erstellen.</translation>
    </message>
    <message>
        <source>Request ID for Akamai support: %1.</source>
        <translation>Anfrage-ID für den Akamai-Support: %1.</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>the connection closed before the answer arrived</source>
        <translation>die Verbindung wurde geschlossen, bevor die Antwort eintraf</translation>
    </message>
    <message>
        <source>the network is not available.</source>
        <translation>das Netzwerk ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>a JSON object was expected</source>
        <translation>ein JSON-Objekt wurde erwartet</translation>
    </message>
    <message>
        <source>“%1” is not a valid token name: use 1 to 32 letters, digits, “_” or “-”, not starting with “-”.</source>
        <translation>„%1“ ist kein gültiger Token-Name: Verwenden Sie 1 bis 32 Buchstaben, Ziffern, „_“ oder „-“, ohne „-“ am Anfang.</translation>
    </message>
    <message>
        <source>“%1” is not a valid namespace name: use 1 to 32 letters, digits, “_” or “-”.</source>
        <translation>„%1“ ist kein gültiger Namespace-Name: Verwenden Sie 1 bis 32 Buchstaben, Ziffern, „_“ oder „-“.</translation>
    </message>
    <message>
        <source>the token has no name</source>
        <translation>das Token hat keinen Namen</translation>
    </message>
    <message>
        <source>the answer has no token list</source>
        <translation>die Antwort enthält keine Token-Liste</translation>
    </message>
    <message>
        <source>the answer has no namespace list</source>
        <translation>die Antwort enthält keine Namespace-Liste</translation>
    </message>
    <message>
        <source>the answer has no group list</source>
        <translation>die Antwort enthält keine Gruppenliste</translation>
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
        <translation>Neues Zugriffstoken</translation>
    </message>
    <message>
        <source>Token &amp;name:</source>
        <translation>Token-&amp;Name:</translation>
    </message>
    <message>
        <source>Networks:</source>
        <translation>Netzwerke:</translation>
    </message>
    <message>
        <source>&amp;Staging</source>
        <translation>&amp;Staging</translation>
    </message>
    <message>
        <source>&amp;Production</source>
        <translation>&amp;Production</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Ablauf:</translation>
    </message>
    <message>
        <source>&amp;EdgeWorker IDs:</source>
        <translation>Edge&amp;Worker-IDs:</translation>
    </message>
    <message>
        <source>CP code:</source>
        <translation>CP-Code:</translation>
    </message>
    <message>
        <source>The account&apos;s EdgeKV CP code (GET /initialize). Every token of the account carries it; it cannot be chosen.</source>
        <translation>Der EdgeKV-CP-Code des Kontos (GET /initialize). Jedes Token des Kontos trägt ihn; er kann nicht gewählt werden.</translation>
    </message>
    <message>
        <source>Namespace permissions</source>
        <translation>Namespace-Berechtigungen</translation>
    </message>
    <message>
        <source>What will be created</source>
        <translation>Was erstellt wird</translation>
    </message>
    <message>
        <source>Show the API request (POST /edgekv/v1/tokens)</source>
        <translation>API-Anfrage anzeigen (POST /edgekv/v1/tokens)</translation>
    </message>
    <message>
        <source>API request body</source>
        <translation>Body der API-Anfrage</translation>
    </message>
    <message>
        <source>E&amp;xport edgekv_tokens.js after creating</source>
        <translation>Nach dem Erstellen edgekv_tokens.js e&amp;xportieren</translation>
    </message>
</context>
<context>
    <name>EdgeGridRequestFactory</name>
    <message>
        <source>The API credentials are incomplete: %1 missing.</source>
        <translation>Die API-Zugangsdaten sind unvollständig. Es fehlt: %1.</translation>
    </message>
    <message>
        <source>Refusing plain HTTP to %1: only a loopback address (the local sandbox) may be reached without TLS.</source>
        <translation>Unverschlüsseltes HTTP zu %1 wird abgelehnt: Nur eine Loopback-Adresse (die lokale Sandbox) darf ohne TLS erreicht werden.</translation>
    </message>
    <message>
        <source>Cannot build a request for &quot;%1&quot;: the path must start with &quot;/&quot;.</source>
        <translation>Für &quot;%1&quot; kann keine Anfrage erstellt werden: Der Pfad muss mit &quot;/&quot; beginnen.</translation>
    </message>
    <message>
        <source>Cannot build a request for %1: %2</source>
        <translation>Für %1 kann keine Anfrage erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot build a request for &quot;%1&quot;: &quot;.&quot; and &quot;..&quot; path segments would be rewritten before sending.</source>
        <translation>Für &quot;%1&quot; kann keine Anfrage erstellt werden: Die Pfadsegmente &quot;.&quot; und &quot;..&quot; würden vor dem Senden umgeschrieben.</translation>
    </message>
</context>
<context>
    <name>EdgeKvLibrary</name>
    <message>
        <source>The version of %1 cannot be read. Enhanced tokens (%2) need edgekv.js %3 or later; older versions cannot read their &quot;reference&quot; entries.</source>
        <translation>Die Version von %1 kann nicht gelesen werden. Tokens des erweiterten Modells (%2) brauchen edgekv.js %3 oder neuer; ältere Versionen können ihre &quot;reference&quot;-Einträge nicht lesen.</translation>
    </message>
    <message>
        <source>%1 is version %2, which cannot read the &quot;reference&quot; entries of enhanced tokens (%3). Update edgekv.js to %4 or later.</source>
        <translation>%1 hat die Version %2, die die &quot;reference&quot;-Einträge von Tokens des erweiterten Modells (%3) nicht lesen kann. Aktualisieren Sie edgekv.js auf %4 oder neuer.</translation>
    </message>
</context>
<context>
    <name>EdgeWorkerIdList</name>
    <message>
        <source>EdgeWorker ID, e.g. 4242</source>
        <translation>EdgeWorker-ID, z. B. 4242</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>EdgercFile</name>
    <message>
        <source>%1 on line %2 is not a positive integer.</source>
        <translation>%1 in Zeile %2 ist keine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>%1 is not a positive integer.</source>
        <translation>%1 ist keine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; on line %3 is not a positive integer.</source>
        <translation>%1 &quot;%2&quot; in Zeile %3 ist keine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a positive integer.</source>
        <translation>%1 &quot;%2&quot; ist keine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>%1: this is not a valid host name.</source>
        <translation>%1: Das ist kein gültiger Hostname.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No .edgerc file was given.</source>
        <translation>Es wurde keine .edgerc-Datei angegeben.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>This is a folder, not a .edgerc file.</source>
        <translation>Das ist ein Ordner, keine .edgerc-Datei.</translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation>Das ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>The file is too large (%1 bytes) to be a .edgerc file.</source>
        <translation>Die Datei ist zu groß (%1 Bytes) für eine .edgerc-Datei.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The section appears twice, on lines %1 and %2.</source>
        <translation>Der Abschnitt kommt zweimal vor, in den Zeilen %1 und %2.</translation>
    </message>
    <message>
        <source>The section header on line %1 has no closing &quot;]&quot;.</source>
        <translation>Dem Abschnittskopf in Zeile %1 fehlt die schließende &quot;]&quot;.</translation>
    </message>
    <message>
        <source>Line %1 has unexpected text after the section header.</source>
        <translation>Zeile %1 enthält unerwarteten Text nach dem Abschnittskopf.</translation>
    </message>
    <message>
        <source>Line %1 is not a &quot;key = value&quot; line.</source>
        <translation>Zeile %1 ist keine &quot;key = value&quot;-Zeile.</translation>
    </message>
    <message>
        <source>%1 is set twice with different values, on lines %2 and %3.</source>
        <translation>%1 ist zweimal mit unterschiedlichen Werten gesetzt, in den Zeilen %2 und %3.</translation>
    </message>
    <message>
        <source>The file has no sections.</source>
        <translation>Die Datei hat keine Abschnitte.</translation>
    </message>
    <message>
        <source>Put a line &quot;[default]&quot; above its &quot;key = value&quot; lines.</source>
        <translation>Fügen Sie über ihren &quot;key = value&quot;-Zeilen eine Zeile &quot;[default]&quot; ein.</translation>
    </message>
    <message>
        <source>There is no such section. The file has %1.</source>
        <translation>Diesen Abschnitt gibt es nicht. Die Datei enthält %1.</translation>
    </message>
    <message numerus="yes">
        <source>Ignored %n line(s) outside any [section], the first on line %1.</source>
        <translation>
            <numerusform>%n Zeile außerhalb eines [Abschnitts] ignoriert, in Zeile %1.</numerusform>
            <numerusform>%n Zeilen außerhalb eines [Abschnitts] ignoriert, die erste in Zeile %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing or empty: %1.</source>
        <translation>Fehlt oder leer: %1.</translation>
    </message>
    <message>
        <source>Keys not understood: %1.</source>
        <translation>Nicht erkannte Schlüssel: %1.</translation>
    </message>
    <message>
        <source>host on line %1</source>
        <translation>host in Zeile %1</translation>
    </message>
    <message>
        <source>In the environment: %1</source>
        <translation>In der Umgebung: %1</translation>
    </message>
    <message>
        <source>The environment sets %1 but not %2, so it was not used.</source>
        <translation>Die Umgebung setzt %1, aber nicht %2, daher wurde sie nicht verwendet.</translation>
    </message>
</context>
<context>
    <name>EdgercImportDialog</name>
    <message>
        <source>Import from .edgerc</source>
        <translation>Aus .edgerc importieren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Sections to import (double-click a name to change it):</source>
        <translation>Zu importierende &amp;Abschnitte (zum Umbenennen auf einen Namen doppelklicken):</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>Keep the secrets</source>
        <translation>Geheimnisse aufbewahren</translation>
    </message>
    <message>
        <source>Store in the system &amp;keychain (copied now; the app no longer needs the file)</source>
        <translation>Im &amp;Schlüsselbund des Systems speichern (jetzt kopiert; die App braucht die Datei danach nicht mehr)</translation>
    </message>
    <message>
        <source>Keep &amp;linked to the file (read from it each time; changes to the file apply)</source>
        <translation>Mit der Datei &amp;verknüpft lassen (jedes Mal daraus gelesen; Änderungen an der Datei wirken sich aus)</translation>
    </message>
</context>
<context>
    <name>ExpiryChooser</name>
    <message>
        <source>No expiry — refreshes automatically (enhanced token)</source>
        <translation>Kein Ablauf — wird automatisch aktualisiert (erweitertes Token)</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Läuft ab am</translation>
    </message>
    <message>
        <source>The last day (UTC) the token works: tomorrow at the earliest, six months ahead at the latest.</source>
        <translation>Der letzte Tag (UTC), an dem das Token funktioniert: frühestens morgen, spätestens in sechs Monaten.</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>180 days</source>
        <translation>180 Tage</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export edgekv_tokens.js</source>
        <translation>edgekv_tokens.js exportieren</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Choose the bundle folder or a bundle .tgz</source>
        <translation>Bundle-Ordner oder Bundle als .tgz wählen</translation>
    </message>
    <message>
        <source>Choose &amp;Folder…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <source>Choose &amp;Bundle…</source>
        <translation>&amp;Bundle wählen…</translation>
    </message>
    <message>
        <source>&amp;Tokens and the namespaces they provide:</source>
        <translation>&amp;Tokens und die Namespaces, die sie bereitstellen:</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation>Namespaces</translation>
    </message>
    <message>
        <source>Namespaces in more than one selected token: pick the token to write</source>
        <translation>Namespaces in mehr als einem ausgewählten Token: Wählen Sie das zu schreibende Token</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>Ä&amp;nderungen</translation>
    </message>
    <message>
        <source>&amp;Resulting File</source>
        <translation>Ergebnis&amp;datei</translation>
    </message>
</context>
<context>
    <name>FaultRule</name>
    <message>
        <source>Fault &quot;%1&quot; is not KIND:RATE (e.g. 503:0.25).</source>
        <translation>Störung &quot;%1&quot; hat nicht die Form KIND:RATE (z. B. 503:0.25).</translation>
    </message>
    <message>
        <source>Unknown fault kind &quot;%1&quot;: use 500, 503, 429, reset, malformed or stall.</source>
        <translation>Unbekannte Störungsart &quot;%1&quot;: Verwenden Sie 500, 503, 429, reset, malformed oder stall.</translation>
    </message>
    <message>
        <source>Fault rate &quot;%1&quot; is not a number from 0 to 1.</source>
        <translation>Störungsrate &quot;%1&quot; ist keine Zahl von 0 bis 1.</translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <source>&lt;h2&gt;Welcome to EdgeKV Token Manager&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen beim EdgeKV Token Manager&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Connect an Akamai API client to see your EdgeKV access tokens, their health, and to create and export them.</source>
        <translation>Verbinden Sie einen Akamai-API-Client, um Ihre EdgeKV-Zugriffstokens und ihren Zustand zu sehen und Tokens zu erstellen und zu exportieren.</translation>
    </message>
    <message>
        <source>Import from ~/.edgerc</source>
        <translation>Aus ~/.edgerc importieren</translation>
    </message>
    <message>
        <source>Use the API clients you already have.</source>
        <translation>Die vorhandenen API-Clients verwenden.</translation>
    </message>
    <message>
        <source>Add API credentials</source>
        <translation>API-Zugangsdaten hinzufügen</translation>
    </message>
    <message>
        <source>Enter the host, client token, client secret and access token of an API client. The secrets go to the system keychain.</source>
        <translation>Geben Sie Host, Client Token, Client Secret und Access Token eines API-Clients ein. Die Geheimnisse werden im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Try the local sandbox</source>
        <translation>Lokale Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>Explore with demo tokens on a server on this computer. No Akamai account needed.</source>
        <translation>Mit Demo-Tokens auf einem Server auf diesem Computer ausprobieren. Kein Akamai-Konto nötig.</translation>
    </message>
</context>
<context>
    <name>HostInput</name>
    <message>
        <source>The host is empty.</source>
        <translation>Der Host ist leer.</translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; must be a host name only, without a path.</source>
        <translation>Der Host &quot;%1&quot; darf nur ein Hostname sein, ohne Pfad.</translation>
    </message>
    <message>
        <source>Plain http:// is allowed only for a loopback address such as the local sandbox; use https:// or no scheme for &quot;%1&quot;.</source>
        <translation>Unverschlüsseltes http:// ist nur für eine Loopback-Adresse wie die lokale Sandbox erlaubt; verwenden Sie für &quot;%1&quot; https:// oder kein Schema.</translation>
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
        <translation>An&amp;zeigen:</translation>
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
        <translation>Demo-Tokens können nicht erzeugt werden: Das Konto hat keine Namespaces.</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>State file %1 cannot be used: %2. It was left untouched.</source>
        <translation>Die Zustandsdatei %1 kann nicht verwendet werden: %2. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>&quot;jwtKey&quot; is missing or not base64</source>
        <translation>&quot;jwtKey&quot; fehlt oder ist kein Base64</translation>
    </message>
    <message>
        <source>The sandbox is already listening.</source>
        <translation>Die Sandbox lauscht bereits.</translation>
    </message>
    <message>
        <source>State file %1 could not be loaded; refusing to serve.</source>
        <translation>Die Zustandsdatei %1 konnte nicht geladen werden; es werden keine Anfragen beantwortet.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Lauschen auf %1, Port %2 nicht möglich: %3</translation>
    </message>
</context>
<context>
    <name>TokenDetailsPanel</name>
    <message>
        <source>Select a token to see its details.</source>
        <translation>Wählen Sie ein Token, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation>Name kopieren</translation>
    </message>
    <message>
        <source>Copy the token name to the clipboard</source>
        <translation>Den Token-Namen in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy UUID</source>
        <translation>UUID kopieren</translation>
    </message>
    <message>
        <source>Copy the token UUID (the reference enhanced tokens use) to the clipboard</source>
        <translation>Die UUID des Tokens (die Referenz, die erweiterte Tokens verwenden) in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation>UUID:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>Ausgestellt:</translation>
    </message>
    <message>
        <source>Last refreshed:</source>
        <translation>Zuletzt aktualisiert:</translation>
    </message>
    <message>
        <source>Next refresh:</source>
        <translation>Nächste Aktualisierung:</translation>
    </message>
    <message>
        <source>Activation:</source>
        <translation>Aktivierung:</translation>
    </message>
    <message>
        <source>Networks:</source>
        <translation>Netzwerke:</translation>
    </message>
    <message>
        <source>Namespaces:</source>
        <translation>Namespaces:</translation>
    </message>
    <message>
        <source>EdgeWorker IDs:</source>
        <translation>EdgeWorker-IDs:</translation>
    </message>
    <message>
        <source>CP code:</source>
        <translation>CP-Code:</translation>
    </message>
    <message>
        <source>Token value:</source>
        <translation>Token-Wert:</translation>
    </message>
    <message>
        <source>Token value</source>
        <translation>Token-Wert</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the token value (a secret: it lets an EdgeWorker read these namespaces)</source>
        <translation>Den Token-Wert anzeigen (ein Geheimnis: Damit kann ein EdgeWorker diese Namespaces lesen)</translation>
    </message>
    <message>
        <source>Copy the token value</source>
        <translation>Den Token-Wert kopieren</translation>
    </message>
    <message>
        <source>Refresh &amp;now</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Ask EdgeKV to refresh this auto-refreshing token now</source>
        <translation>EdgeKV bitten, dieses automatisch aktualisierte Token jetzt zu aktualisieren</translation>
    </message>
    <message>
        <source>Re&amp;new…</source>
        <translation>&amp;Erneuern…</translation>
    </message>
    <message>
        <source>Create a new token with the same namespaces, networks and EdgeWorker IDs</source>
        <translation>Ein neues Token mit denselben Namespaces, Netzwerken und EdgeWorker-IDs erstellen</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Revoke this token: EdgeWorkers that use it can no longer read its namespaces</source>
        <translation>Dieses Token widerrufen: EdgeWorkers, die es verwenden, können seine Namespaces nicht mehr lesen</translation>
    </message>
</context>
<context>
    <name>TokenFileEntry</name>
    <message>
        <source>&quot;%1&quot; is not a namespace name (1 to 32 of A-Z a-z 0-9 _ -).</source>
        <translation>&quot;%1&quot; ist kein Namespace-Name (1 bis 32 Zeichen aus A-Z a-z 0-9 _ -).</translation>
    </message>
    <message>
        <source>The token for namespace %1 has no name.</source>
        <translation>Das Token für Namespace %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>Token %1 for namespace %2 needs exactly one of a value and a reference.</source>
        <translation>Token %1 für Namespace %2 braucht genau eines von beidem: einen Wert oder eine Referenz.</translation>
    </message>
</context>
<context>
    <name>TokenFileError</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>edgekv-sandbox</name>
    <message>
        <source>HTTPS is not available: Qt found no TLS backend (OpenSSL).</source>
        <translation>HTTPS ist nicht verfügbar: Qt hat kein TLS-Backend (OpenSSL) gefunden.</translation>
    </message>
    <message>
        <source>Cannot read the certificate %1: %2</source>
        <translation>Das Zertifikat %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The certificate file %1 holds no PEM certificate.</source>
        <translation>Die Zertifikatsdatei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Cannot read the private key %1: %2</source>
        <translation>Der private Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The key file %1 holds no unencrypted PEM RSA or EC private key.</source>
        <translation>Die Schlüsseldatei %1 enthält keinen unverschlüsselten privaten RSA- oder EC-Schlüssel im PEM-Format.</translation>
    </message>
    <message>
        <source>--credentials %1: %2</source>
        <translation>--credentials %1: %2</translation>
    </message>
    <message>
        <source>--credentials: %1</source>
        <translation>--credentials: %1</translation>
    </message>
    <message>
        <source>Cannot save the state: %1</source>
        <translation>Der Zustand kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Not seeding: the account already holds tokens.</source>
        <translation>Keine Demo-Tokens angelegt: Das Konto enthält bereits Tokens.</translation>
    </message>
    <message>
        <source>Note: the credentials of this run are random and written nowhere; use --write-edgerc FILE to let a client in.</source>
        <translation>Hinweis: Die Zugangsdaten dieses Laufs sind zufällig und werden nirgends gespeichert; mit --write-edgerc FILE kann sich ein Client verbinden.</translation>
    </message>
    <message>
        <source>Cannot install the SIGINT/SIGTERM handlers.</source>
        <translation>Die Handler für SIGINT/SIGTERM können nicht installiert werden.</translation>
    </message>
</context>
<context>
    <name>edgekv::AccountConnection</name>
    <message>
        <source>No account store.</source>
        <translation>Kein Kontospeicher.</translation>
    </message>
    <message>
        <source> · account key %1</source>
        <translation> · Account Switch Key %1</translation>
    </message>
</context>
<context>
    <name>edgekv::AccountEditDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Edit Account “%1”</source>
        <translation>Konto „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>To rename an account, add it under the new name and remove the old one.</source>
        <translation>Um ein Konto umzubenennen, fügen Sie es unter dem neuen Namen hinzu und entfernen Sie das alte.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Calls the EdgeKV API with these credentials without saving them.</source>
        <translation>Ruft die EdgeKV-API mit diesen Zugangsdaten auf, ohne sie zu speichern.</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>Ausb&amp;lenden</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Reading the secrets of “%1” from the system keychain…</source>
        <translation>Die Geheimnisse von „%1“ werden aus dem Schlüsselbund des Systems gelesen…</translation>
    </message>
    <message>
        <source>Reading the credentials of “%1”…</source>
        <translation>Die Zugangsdaten von „%1“ werden gelesen…</translation>
    </message>
    <message>
        <source>The saved secrets could not be read: %1 Enter them again to save the account.</source>
        <translation>Die gespeicherten Geheimnisse konnten nicht gelesen werden: %1 Geben Sie sie erneut ein, um das Konto zu speichern.</translation>
    </message>
    <message>
        <source>Cleaned up: the host is entered without “https://” and without a trailing “/”.</source>
        <translation>Bereinigt: Der Host wird ohne „https://“ und ohne abschließenden „/“ eingegeben.</translation>
    </message>
    <message>
        <source>An account called “%1” already exists. Choose another name, or edit that account in the list instead.</source>
        <translation>Ein Konto namens „%1“ existiert bereits. Wählen Sie einen anderen Namen oder bearbeiten Sie stattdessen dieses Konto in der Liste.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>client token</source>
        <translation>Client Token</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>Access Token</translation>
    </message>
    <message>
        <source>account switch key</source>
        <translation>Account Switch Key</translation>
    </message>
    <message>
        <source>To save, fill in or fix: %1.</source>
        <translation>Zum Speichern bitte ausfüllen oder korrigieren: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&amp;Use for This Session</source>
        <translation>Für diese Sitzung verwen&amp;den</translation>
    </message>
    <message>
        <source>Enter the credentials of an API client with EdgeKV access. The account is kept in memory until the app quits; nothing is written to disk.</source>
        <translation>Geben Sie die Zugangsdaten eines API-Clients mit EdgeKV-Zugriff ein. Das Konto wird im Arbeitsspeicher gehalten, bis die App beendet wird; nichts wird auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>Saving “%1” in the system keychain…</source>
        <translation>„%1“ wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>Nothing was saved. You can use the account for this session only: it is kept in memory until the app quits.</source>
        <translation>Es wurde nichts gespeichert. Sie können das Konto nur für diese Sitzung verwenden: Es wird im Arbeitsspeicher gehalten, bis die App beendet wird.</translation>
    </message>
    <message>
        <source>The account was not saved: %1</source>
        <translation>Das Konto wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The account was not added: %1</source>
        <translation>Das Konto wurde nicht hinzugefügt: %1</translation>
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
        <translation>Das Bundle existiert nicht.</translation>
    </message>
    <message>
        <source>This is not a file, so it cannot be a bundle.</source>
        <translation>Dies ist keine Datei und kann daher kein Bundle sein.</translation>
    </message>
    <message>
        <source>The file is too large to be an EdgeWorkers code bundle.</source>
        <translation>Die Datei ist zu groß für ein EdgeWorkers-Code-Bundle.</translation>
    </message>
    <message>
        <source>Cannot read the bundle: %1</source>
        <translation>Das Bundle kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not a gzip-compressed tar archive (.tgz), so not an EdgeWorkers code bundle.</source>
        <translation>Kein gzip-komprimiertes tar-Archiv (.tgz) und daher kein EdgeWorkers-Code-Bundle.</translation>
    </message>
    <message>
        <source>The bundle is damaged or not a tar archive: %1</source>
        <translation>Das Bundle ist beschädigt oder kein tar-Archiv: %1</translation>
    </message>
    <message>
        <source>Unsafe bundle, refused: %1</source>
        <translation>Unsicheres Bundle, abgelehnt: %1</translation>
    </message>
    <message>
        <source>The bundle is damaged (in &quot;%1&quot;): %2</source>
        <translation>Das Bundle ist beschädigt (in &quot;%1&quot;): %2</translation>
    </message>
    <message>
        <source>The bundle unpacks to more than %1 MB; refused.</source>
        <translation>Das Bundle ist entpackt größer als %1 MB; abgelehnt.</translation>
    </message>
    <message>
        <source>The bundle is damaged: %1</source>
        <translation>Das Bundle ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The archive is empty, so not an EdgeWorkers code bundle.</source>
        <translation>Das Archiv ist leer und daher kein EdgeWorkers-Code-Bundle.</translation>
    </message>
    <message>
        <source>Not an EdgeWorkers code bundle: there is no bundle.json at its top level.</source>
        <translation>Kein EdgeWorkers-Code-Bundle: Auf der obersten Ebene gibt es keine bundle.json.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the bundle is not a regular file.</source>
        <translation>&quot;%1&quot; im Bundle ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>The bundle holds &quot;%1&quot; more than once.</source>
        <translation>Das Bundle enthält &quot;%1&quot; mehrfach.</translation>
    </message>
    <message>
        <source>Cannot build the new bundle: %1</source>
        <translation>Das neue Bundle kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Cannot build the new bundle (at &quot;%1&quot;): %2</source>
        <translation>Das neue Bundle kann nicht erstellt werden (bei &quot;%1&quot;): %2</translation>
    </message>
    <message>
        <source>unknown archive error</source>
        <translation>unbekannter Archivfehler</translation>
    </message>
    <message>
        <source>An entry has no name.</source>
        <translation>Ein Eintrag hat keinen Namen.</translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; has an absolute path.</source>
        <translation>Der Eintrag &quot;%1&quot; hat einen absoluten Pfad.</translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; leads out of the bundle with &quot;..&quot;.</source>
        <translation>Der Eintrag &quot;%1&quot; führt mit &quot;..&quot; aus dem Bundle heraus.</translation>
    </message>
    <message>
        <source>The hard link &quot;%1&quot; points outside the bundle, to &quot;%2&quot;.</source>
        <translation>Der harte Link &quot;%1&quot; zeigt aus dem Bundle heraus, auf &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The symbolic link &quot;%1&quot; points outside the bundle, to &quot;%2&quot;.</source>
        <translation>Der symbolische Link &quot;%1&quot; zeigt aus dem Bundle heraus, auf &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>edgekv::BundleCheckDialog</name>
    <message>
        <source>Check Bundle</source>
        <translation>Bundle prüfen</translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation>Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <source>Open a bundle folder, an edgekv_tokens.js or a bundle .tgz to check it.</source>
        <translation>Öffnen Sie zur Prüfung einen Bundle-Ordner, eine edgekv_tokens.js oder eine Bundle-.tgz-Datei.</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Expiry / refresh</source>
        <translation>Ablauf / Aktualisierung</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>About the bundle:</source>
        <translation>Zum Bundle:</translation>
    </message>
    <message>
        <source>Checks not made:</source>
        <translation>Nicht durchgeführte Prüfungen:</translation>
    </message>
    <message>
        <source>Check Bundle Folder</source>
        <translation>Bundle-Ordner prüfen</translation>
    </message>
    <message>
        <source>Check Token File or Bundle</source>
        <translation>Token-Datei oder Bundle prüfen</translation>
    </message>
    <message>
        <source>Token files and bundles (edgekv_tokens.js *.tgz *.tar.gz);;All files (*)</source>
        <translation>Token-Dateien und Bundles (edgekv_tokens.js *.tgz *.tar.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Expiry unknown</source>
        <translation>Ablauf unbekannt</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>Läuft nicht ab</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Läuft am %1 ab</translation>
    </message>
    <message>
        <source>Refreshed by Akamai; next refresh %1</source>
        <translation>Wird von Akamai aktualisiert; nächste Aktualisierung am %1</translation>
    </message>
    <message>
        <source>Refreshed by Akamai; last refresh %1</source>
        <translation>Wird von Akamai aktualisiert; zuletzt aktualisiert am %1</translation>
    </message>
    <message>
        <source>Refreshed by Akamai</source>
        <translation>Wird von Akamai aktualisiert</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n problem breaks the bundle</source>
        <translation>
            <numerusform>%n Problem macht das Bundle unbrauchbar</numerusform>
            <numerusform>%n Probleme machen das Bundle unbrauchbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems break the bundle</source>
        <translation>
            <numerusform>%n Problem macht das Bundle unbrauchbar</numerusform>
            <numerusform>%n Probleme machen das Bundle unbrauchbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle has no entries</source>
        <translation>Das Bundle enthält keine Einträge</translation>
    </message>
    <message>
        <source>All entries are usable</source>
        <translation>Alle Einträge sind verwendbar</translation>
    </message>
    <message>
        <source>legacy</source>
        <translation>alt</translation>
    </message>
    <message>
        <source>enhanced</source>
        <translation>erweitert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Verwendbar</translation>
    </message>
    <message>
        <source>No problems with the bundle itself.</source>
        <translation>Keine Probleme mit dem Bundle selbst.</translation>
    </message>
</context>
<context>
    <name>edgekv::BundleChecker</name>
    <message>
        <source>Whether the account knows each token, its activation and refresh state: no account is connected. Legacy values were judged by their exp claim only.</source>
        <translation>Ob das Konto jedes Token kennt und wie dessen Aktivierungs- und Aktualisierungsstatus ist: Es ist kein Konto verbunden. Werte von Tokens des alten Modells wurden nur nach ihrem exp-Claim beurteilt.</translation>
    </message>
    <message>
        <source>Whether every namespace the EdgeWorker uses has an entry: the code is not analysed.</source>
        <translation>Ob jeder Namespace, den der EdgeWorker verwendet, einen Eintrag hat: Der Code wird nicht analysiert.</translation>
    </message>
    <message>
        <source>%1 holds no tokens.</source>
        <translation>%1 enthält keine Tokens.</translation>
    </message>
    <message>
        <source>Line %1: the bare key &quot;%2&quot; is never read; &quot;%3&quot; is.</source>
        <translation>Zeile %1: Der bloße Schlüssel &quot;%2&quot; wird nie gelesen, sondern &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Whether edgekv.js can read reference entries: no edgekv.js beside the token file.</source>
        <translation>Ob edgekv.js Referenzeinträge lesen kann: Neben der Token-Datei liegt keine edgekv.js.</translation>
    </message>
    <message>
        <source>%1 imports %2, which is missing; the top-level edgekv_tokens.js is not used.</source>
        <translation>%1 importiert %2, das fehlt; die edgekv_tokens.js auf oberster Ebene wird nicht verwendet.</translation>
    </message>
    <message>
        <source>The bundle has no %1, so edgekv.js fails with MISSING ACCESS TOKEN.</source>
        <translation>Im Bundle fehlt %1, daher schlägt edgekv.js mit MISSING ACCESS TOKEN fehl.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>There is no readable %1, so edgekv.js fails with MISSING ACCESS TOKEN.</source>
        <translation>Es gibt keine lesbare Datei %1, daher schlägt edgekv.js mit MISSING ACCESS TOKEN fehl.</translation>
    </message>
    <message>
        <source>Token %1 expired on %2 (%3); EdgeKV answers 401.</source>
        <translation>Token %1 ist am %2 abgelaufen (%3); EdgeKV antwortet mit 401.</translation>
    </message>
    <message numerus="yes">
        <source>Token %1 expires on %2, in %n day(s) (%3).</source>
        <translation>
            <numerusform>Token %1 läuft am %2 ab, in %n Tag (%3).</numerusform>
            <numerusform>Token %1 läuft am %2 ab, in %n Tagen (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>The value is not a readable JWT, so its expiry cannot be checked.</source>
        <translation>Der Wert ist kein lesbares JWT, daher kann sein Ablauf nicht geprüft werden.</translation>
    </message>
    <message>
        <source>from the value&apos;s exp claim</source>
        <translation>laut exp-Claim des Werts</translation>
    </message>
    <message>
        <source>The value has no exp claim.</source>
        <translation>Der Wert hat keinen exp-Claim.</translation>
    </message>
    <message>
        <source>Token %1 does not grant access to namespace %2; it covers %3.</source>
        <translation>Token %1 gewährt keinen Zugriff auf den Namespace %2; es deckt %3 ab.</translation>
    </message>
    <message>
        <source>The account has no token %1: it was revoked, or it belongs to another account.</source>
        <translation>Das Konto hat kein Token %1: Es wurde widerrufen oder gehört zu einem anderen Konto.</translation>
    </message>
    <message>
        <source>The reference is not the one of token %1 in the account.</source>
        <translation>Die Referenz ist nicht die von Token %1 im Konto.</translation>
    </message>
    <message>
        <source>Token %1 is still activating.</source>
        <translation>Token %1 wird noch aktiviert.</translation>
    </message>
    <message>
        <source>Token %1 failed to activate.</source>
        <translation>Token %1 konnte nicht aktiviert werden.</translation>
    </message>
    <message>
        <source>from the account</source>
        <translation>laut Konto</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; has no &quot;namespace-&quot; prefix, so edgekv.js cannot find it and fails with MISSING ACCESS TOKEN. Export again to fix the key.</source>
        <translation>Dem Schlüssel &quot;%1&quot; fehlt das Präfix &quot;namespace-&quot;, daher findet edgekv.js ihn nicht und schlägt mit MISSING ACCESS TOKEN fehl. Exportieren Sie erneut, um den Schlüssel zu korrigieren.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a namespace key; edgekv.js never reads it.</source>
        <translation>&quot;%1&quot; ist kein Namespace-Schlüssel; edgekv.js liest ihn nie.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid namespace name, so no EdgeWorker can use this entry.</source>
        <translation>&quot;%1&quot; ist kein gültiger Namespace-Name, daher kann kein EdgeWorker diesen Eintrag verwenden.</translation>
    </message>
    <message>
        <source>The entry is not an object with a name and a value or reference.</source>
        <translation>Der Eintrag ist kein Objekt mit einem Namen und einem Wert oder einer Referenz.</translation>
    </message>
    <message>
        <source>The value is empty or not a string.</source>
        <translation>Der Wert ist leer oder kein String.</translation>
    </message>
    <message>
        <source>The entry has a value and a reference; edgekv.js uses the value.</source>
        <translation>Der Eintrag hat einen Wert und eine Referenz; edgekv.js verwendet den Wert.</translation>
    </message>
    <message>
        <source>The reference is empty or not a string.</source>
        <translation>Die Referenz ist leer oder kein String.</translation>
    </message>
    <message>
        <source>The reference does not look like a token uuid.</source>
        <translation>Die Referenz sieht nicht wie eine Token-UUID aus.</translation>
    </message>
    <message>
        <source>The entry has neither a value nor a reference; edgekv.js fails with MISSING ACCESS TOKEN.</source>
        <translation>Der Eintrag hat weder einen Wert noch eine Referenz; edgekv.js schlägt mit MISSING ACCESS TOKEN fehl.</translation>
    </message>
    <message>
        <source>The entry has no token name, so it cannot be matched with the account.</source>
        <translation>Der Eintrag hat keinen Token-Namen und kann daher keinem Token des Kontos zugeordnet werden.</translation>
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
        <translation>E&amp;rstellen</translation>
    </message>
    <message>
        <source>1 to %1 letters, digits, _ and -, not starting with -, unique in the account.</source>
        <translation>1 bis %1 Buchstaben, Ziffern, _ und -, nicht mit - beginnend, eindeutig im Konto.</translation>
    </message>
    <message>
        <source>Opens the export dialog on the new token, to put it into a bundle&apos;s edgekv_tokens.js.</source>
        <translation>Öffnet den Exportdialog für das neue Token, um es in die edgekv_tokens.js eines Bundles zu schreiben.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Hide the API request (POST /edgekv/v1/tokens)</source>
        <translation>API-Anfrage ausblenden (POST /edgekv/v1/tokens)</translation>
    </message>
    <message>
        <source>Show the API request (POST /edgekv/v1/tokens)</source>
        <translation>API-Anfrage anzeigen (POST /edgekv/v1/tokens)</translation>
    </message>
    <message>
        <source>Wait until the settings of “%1” are loaded.</source>
        <translation>Warten Sie, bis die Einstellungen von „%1“ geladen sind.</translation>
    </message>
    <message>
        <source>Wait until the namespaces are loaded.</source>
        <translation>Warten Sie, bis die Namespaces geladen sind.</translation>
    </message>
    <message>
        <source>Recommended: %1, unique in the account.</source>
        <translation>Empfohlen: %1, eindeutig im Konto.</translation>
    </message>
    <message>
        <source>Ready: press Create (or Enter).</source>
        <translation>Bereit: Klicken Sie auf „Erstellen“ (oder drücken Sie die Eingabetaste).</translation>
    </message>
    <message>
        <source>Creating token “%1”… (no answer yet; try %2)</source>
        <translation>Token „%1“ wird erstellt… (noch keine Antwort; Versuch %2)</translation>
    </message>
    <message>
        <source>Creating token “%1”…</source>
        <translation>Token „%1“ wird erstellt…</translation>
    </message>
    <message>
        <source>Created token “%1”.</source>
        <translation>Token „%1“ erstellt.</translation>
    </message>
    <message>
        <source>Stopped waiting for the server. The token may have been created anyway: check the token list before creating it again. Press Cancel again to close.</source>
        <translation>Das Warten auf den Server wurde beendet. Das Token wurde möglicherweise trotzdem erstellt: Prüfen Sie die Token-Liste, bevor Sie es erneut erstellen. Klicken Sie erneut auf „Abbrechen“, um den Dialog zu schließen.</translation>
    </message>
    <message>
        <source>Nothing you entered was lost.</source>
        <translation>Ihre Eingaben sind erhalten geblieben.</translation>
    </message>
    <message>
        <source>The server refused the name: %1</source>
        <translation>Der Server hat den Namen abgelehnt: %1</translation>
    </message>
    <message>
        <source>This account issues expiring (legacy) tokens, so the token needs an expiry date. The latest allowed date is chosen; change it if you like and press Create again.</source>
        <translation>Dieses Konto vergibt ablaufende Tokens (altes Modell), daher braucht das Token ein Ablaufdatum. Das späteste zulässige Datum ist ausgewählt; ändern Sie es bei Bedarf und klicken Sie erneut auf „Erstellen“.</translation>
    </message>
    <message>
        <source>The server refused the expiry: %1</source>
        <translation>Der Server hat das Ablaufdatum abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused the networks: %1</source>
        <translation>Der Server hat die Netzwerke abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused the EdgeWorker IDs: %1</source>
        <translation>Der Server hat die EdgeWorker-IDs abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused the namespaces: %1</source>
        <translation>Der Server hat die Namespaces abgelehnt: %1</translation>
    </message>
    <message>
        <source>Not connected to an account: open one in the main window first.</source>
        <translation>Nicht mit einem Konto verbunden: Öffnen Sie zuerst eines im Hauptfenster.</translation>
    </message>
    <message>
        <source>Loading the namespaces of staging and production…</source>
        <translation>Die Namespaces von Staging und Production werden geladen…</translation>
    </message>
    <message>
        <source>Only some namespaces could be loaded. %1</source>
        <translation>Nur einige Namespaces konnten geladen werden. %1</translation>
    </message>
    <message>
        <source>unknown (could not be loaded)</source>
        <translation>unbekannt (konnte nicht geladen werden)</translation>
    </message>
    <message>
        <source>none: EdgeKV is not initialized for this account</source>
        <translation>keiner: EdgeKV ist für dieses Konto nicht initialisiert</translation>
    </message>
    <message>
        <source>EdgeKV is not initialized for this account yet, so tokens cannot be used. Initialize it in Control Center or with “akamai edgekv initialize” first.</source>
        <translation>EdgeKV ist für dieses Konto noch nicht initialisiert, daher können keine Tokens verwendet werden. Initialisieren Sie es zuerst im Control Center oder mit „akamai edgekv initialize“.</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Renew Token “%1”</source>
        <translation>Token „%1“ erneuern</translation>
    </message>
    <message>
        <source>Loading the settings of “%1”…</source>
        <translation>Die Einstellungen von „%1“ werden geladen…</translation>
    </message>
    <message>
        <source>The settings of “%1” could not be loaded, so choose its networks and namespaces again. %2</source>
        <translation>Die Einstellungen von „%1“ konnten nicht geladen werden; wählen Sie daher die Netzwerke und Namespaces erneut aus. %2</translation>
    </message>
    <message>
        <source>Renewing “%1”, which expires on %2: the new token gets the same networks, EdgeWorker IDs and namespace permissions. Put it into the bundle and deploy it before that day.</source>
        <translation>Erneuerung von „%1“, das am %2 abläuft: Das neue Token erhält dieselben Netzwerke, EdgeWorker-IDs und Namespace-Berechtigungen. Fügen Sie es vor diesem Tag in das Bundle ein und stellen Sie das Bundle bereit.</translation>
    </message>
    <message>
        <source>Renewing “%1”: the new token gets the same networks, EdgeWorker IDs and namespace permissions.</source>
        <translation>Erneuerung von „%1“: Das neue Token erhält dieselben Netzwerke, EdgeWorker-IDs und Namespace-Berechtigungen.</translation>
    </message>
    <message>
        <source>If your account issues auto-refreshing tokens now, choose “No expiry” and this is the last renewal.</source>
        <translation>Wenn Ihr Konto inzwischen automatisch aktualisierte Tokens vergibt, wählen Sie „Kein Ablauf“; dann ist dies die letzte Erneuerung.</translation>
    </message>
    <message>
        <source>“%1” refreshes automatically and never expires, so it does not need renewing. This creates a second token with the same networks, EdgeWorker IDs and namespace permissions.</source>
        <translation>„%1“ wird automatisch aktualisiert und läuft nie ab, muss also nicht erneuert werden. Hiermit wird ein zweites Token mit denselben Netzwerken, EdgeWorker-IDs und Namespace-Berechtigungen erstellt.</translation>
    </message>
    <message>
        <source>Its settings are unknown: choose the networks and namespaces.</source>
        <translation>Seine Einstellungen sind unbekannt: Wählen Sie die Netzwerke und Namespaces aus.</translation>
    </message>
    <message>
        <source>Not carried over (the API no longer lists them): %1.</source>
        <translation>Nicht übernommen (die API führt sie nicht mehr auf): %1.</translation>
    </message>
</context>
<context>
    <name>edgekv::CreateTokenSummary</name>
    <message>
        <source>(no name yet)</source>
        <translation>(noch kein Name)</translation>
    </message>
    <message>
        <source>an enhanced token that refreshes automatically and never expires</source>
        <translation>ein Token des erweiterten Modells, das automatisch aktualisiert wird und nie abläuft</translation>
    </message>
    <message>
        <source>Networks:</source>
        <translation>Netzwerke:</translation>
    </message>
    <message>
        <source>EdgeWorkers:</source>
        <translation>EdgeWorkers:</translation>
    </message>
    <message>
        <source>Namespaces:</source>
        <translation>Namespaces:</translation>
    </message>
    <message>
        <source>staging and production</source>
        <translation>Staging und Production</translation>
    </message>
    <message>
        <source>staging only</source>
        <translation>nur Staging</translation>
    </message>
    <message>
        <source>production only</source>
        <translation>nur Production</translation>
    </message>
    <message>
        <source>none chosen yet</source>
        <translation>noch keine ausgewählt</translation>
    </message>
    <message>
        <source>every EdgeWorker of the account</source>
        <translation>alle EdgeWorkers des Kontos</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>nur %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>a legacy token that expires on %1 (%2)</source>
        <translation>ein Token des alten Modells, das am %1 abläuft (%2)</translation>
    </message>
</context>
<context>
    <name>edgekv::EdgeWorkerIdList</name>
    <message>
        <source>EdgeWorker IDs the token is limited to</source>
        <translation>EdgeWorker-IDs, auf die das Token beschränkt ist</translation>
    </message>
    <message>
        <source>The numeric ID of an EdgeWorker, as Control Center lists it under EdgeWorkers. Several IDs can be pasted at once, separated by commas or spaces.</source>
        <translation>Die numerische ID eines EdgeWorkers, wie sie im Control Center unter EdgeWorkers aufgeführt ist. Mehrere IDs lassen sich auf einmal einfügen, getrennt durch Kommas oder Leerzeichen.</translation>
    </message>
    <message>
        <source>EdgeWorker ID %1 is typed but not added: press Add, or clear the field.</source>
        <translation>EdgeWorker-ID %1 ist eingegeben, aber nicht hinzugefügt: Klicken Sie auf „Hinzufügen“ oder leeren Sie das Feld.</translation>
    </message>
    <message>
        <source>EdgeWorker ID %1 is already in the list.</source>
        <translation>EdgeWorker-ID %1 ist bereits in der Liste.</translation>
    </message>
    <message>
        <source>None: every EdgeWorker of the account can use the token.</source>
        <translation>Keine: Jeder EdgeWorker des Kontos kann das Token verwenden.</translation>
    </message>
    <message>
        <source>Only these %1 EdgeWorkers can use the token; that is the most a token allows.</source>
        <translation>Nur diese %1 EdgeWorkers können das Token verwenden; mehr erlaubt ein Token nicht.</translation>
    </message>
    <message>
        <source>Only this EdgeWorker can use the token (up to %1 IDs allowed).</source>
        <translation>Nur dieser EdgeWorker kann das Token verwenden (bis zu %1 IDs erlaubt).</translation>
    </message>
    <message>
        <source>Only these %1 EdgeWorkers can use the token (up to %2 IDs allowed).</source>
        <translation>Nur diese %1 EdgeWorkers können das Token verwenden (bis zu %2 IDs erlaubt).</translation>
    </message>
</context>
<context>
    <name>edgekv::EdgercImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Choose a .edgerc File</source>
        <translation>.edgerc-Datei wählen</translation>
    </message>
    <message>
        <source>EdgeGrid credentials (.edgerc *.edgerc);;All files (*)</source>
        <translation>EdgeGrid-Zugangsdaten (.edgerc *.edgerc);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 holds no [section] with credentials.</source>
        <translation>%1 enthält keinen [Abschnitt] mit Zugangsdaten.</translation>
    </message>
    <message>
        <source>Choose another file with Browse….</source>
        <translation>Wählen Sie mit „Durchsuchen…“ eine andere Datei.</translation>
    </message>
    <message>
        <source>cannot be imported</source>
        <translation>kann nicht importiert werden</translation>
    </message>
    <message>
        <source>[%1]: %2</source>
        <translation>[%1]: %2</translation>
    </message>
    <message>
        <source>An account called “%1” already exists; double-click to choose another name.</source>
        <translation>Ein Konto namens „%1“ existiert bereits; doppelklicken Sie, um einen anderen Namen zu wählen.</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) cannot be imported:</source>
        <translation>
            <numerusform>%n Abschnitt kann nicht importiert werden:</numerusform>
            <numerusform>%n Abschnitte können nicht importiert werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>An account called “%1” already exists. Double-click its name in the list to choose another.</source>
        <translation>Ein Konto namens „%1“ existiert bereits. Doppelklicken Sie in der Liste auf seinen Namen, um einen anderen zu wählen.</translation>
    </message>
    <message>
        <source>Storing “%1” in the system keychain (%2 of %3)…</source>
        <translation>„%1“ wird im Schlüsselbund des Systems gespeichert (%2 von %3)…</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) were not imported because the system keychain is unavailable. Nothing was written.</source>
        <translation>
            <numerusform>%n Abschnitt wurde nicht importiert, weil der Schlüsselbund des Systems nicht verfügbar ist. Es wurde nichts geschrieben.</numerusform>
            <numerusform>%n Abschnitte wurden nicht importiert, weil der Schlüsselbund des Systems nicht verfügbar ist. Es wurde nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <translation>%1 (importiert)</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Nicht importiert:</translation>
    </message>
</context>
<context>
    <name>edgekv::EdgercWriter</name>
    <message>
        <source>Cannot write the .edgerc file %1: %2</source>
        <translation>Die .edgerc-Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>it is not a regular file.</source>
        <translation>sie ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>cannot make it private (mode 0600).</source>
        <translation>sie kann nicht privat gemacht werden (Modus 0600).</translation>
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
        <translation>Seit September 2024 der Standard bei Akamai. Die API gibt nicht an, welche Art von Token ein Konto ausstellt, daher geht das Formular von dieser aus; ein Konto, das noch ein Ablaufdatum braucht, meldet das beim Erstellen des Tokens.</translation>
    </message>
    <message>
        <source>Sends an expiry date, which creates a legacy token that stops working on that day. Only for accounts that still issue expiring tokens.</source>
        <translation>Sendet ein Ablaufdatum und erstellt damit ein Token des alten Modells, das an diesem Tag ungültig wird. Nur für Konten, die noch ablaufende Tokens ausstellen.</translation>
    </message>
    <message>
        <source>Expires %1 days from today (UTC).</source>
        <translation>Läuft in %1 Tagen ab (ab heute, UTC).</translation>
    </message>
    <message>
        <source>An &lt;b&gt;enhanced token&lt;/b&gt;: Akamai refreshes it automatically and it never expires. The bundle&apos;s edgekv_tokens.js gets a reference to it that never needs replacing; the bundle needs edgekv.js 0.6.2 or later. Akamai issues these since September 2024; an account that still needs an expiry date says so when you create, and the form then asks for one.</source>
        <translation>Ein &lt;b&gt;Token des erweiterten Modells&lt;/b&gt;: Akamai aktualisiert es automatisch, und es läuft nie ab. Die edgekv_tokens.js des Bundles erhält einen Verweis darauf, der nie ersetzt werden muss; das Bundle braucht edgekv.js 0.6.2 oder neuer. Akamai stellt diese Tokens seit September 2024 aus; ein Konto, das noch ein Ablaufdatum braucht, meldet das beim Erstellen, und das Formular fragt dann danach.</translation>
    </message>
    <message>
        <source>A &lt;b&gt;legacy token&lt;/b&gt;, for accounts that still issue expiring tokens: edgekv_tokens.js gets its JWT value, which stops working on %1 (%2). EdgeWorkers then get 401 errors from EdgeKV until the bundle carries a new token.</source>
        <translation>Ein &lt;b&gt;Token des alten Modells&lt;/b&gt; für Konten, die noch ablaufende Tokens ausstellen: edgekv_tokens.js erhält seinen JWT-Wert, der am %1 (%2) ungültig wird. EdgeWorkers erhalten dann 401-Fehler von EdgeKV, bis das Bundle ein neues Token enthält.</translation>
    </message>
</context>
<context>
    <name>edgekv::ExpiryNotifier</name>
    <message>
        <source>Token “%1”: %2.</source>
        <translation>Token „%1“: %2.</translation>
    </message>
    <message>
        <source>EdgeKV token needs attention</source>
        <translation>EdgeKV-Token braucht Aufmerksamkeit</translation>
    </message>
    <message numerus="yes">
        <source>%n EdgeKV tokens need attention</source>
        <translation>
            <numerusform>%n EdgeKV-Token braucht Aufmerksamkeit</numerusform>
            <numerusform>%n EdgeKV-Tokens brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>EdgeKV Token Manager</source>
        <translation>EdgeKV Token Manager</translation>
    </message>
    <message>
        <source>Click to renew it.</source>
        <translation>Klicken Sie, um es zu erneuern.</translation>
    </message>
    <message>
        <source>&amp;Show EdgeKV Token Manager</source>
        <translation>EdgeKV Token Manager &amp;anzeigen</translation>
    </message>
    <message>
        <source>Renew “%1”…</source>
        <translation>„%1“ erneuern…</translation>
    </message>
</context>
<context>
    <name>edgekv::ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Choose the Bundle Folder (with edgekv.js)</source>
        <translation>Bundle-Ordner wählen (mit edgekv.js)</translation>
    </message>
    <message>
        <source>Choose an EdgeWorkers Code Bundle</source>
        <translation>EdgeWorkers-Code-Bundle wählen</translation>
    </message>
    <message>
        <source>EdgeWorkers code bundles (*.tgz *.tar.gz);;All files (*)</source>
        <translation>EdgeWorkers-Code-Bundles (*.tgz *.tar.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Loading the token details…</source>
        <translation>Token-Details werden geladen…</translation>
    </message>
    <message>
        <source>No token is selected.</source>
        <translation>Kein Token ausgewählt.</translation>
    </message>
    <message>
        <source>None of the selected tokens can be exported.</source>
        <translation>Keines der ausgewählten Tokens kann exportiert werden.</translation>
    </message>
    <message>
        <source>Choose a folder or a bundle to preview the file and what changes in it.</source>
        <translation>Wählen Sie einen Ordner oder ein Bundle, um eine Vorschau der Datei und ihrer Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>Pick a token for each namespace listed above to preview the file.</source>
        <translation>Wählen Sie für jeden oben aufgeführten Namespace ein Token, um eine Vorschau der Datei zu sehen.</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
    <message>
        <source>Updates %1; entries of other namespaces in it are kept.</source>
        <translation>%1 wird aktualisiert; Einträge anderer Namespaces darin bleiben erhalten.</translation>
    </message>
    <message>
        <source>Creates %1</source>
        <translation>%1 wird erstellt</translation>
    </message>
    <message>
        <source>edgekv_tokens.js inside this bundle is updated or added.</source>
        <translation>edgekv_tokens.js in diesem Bundle wird aktualisiert oder hinzugefügt.</translation>
    </message>
    <message>
        <source>Writes %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message>
        <source>No token is selected: select the tokens to export in the token list first.</source>
        <translation>Kein Token ausgewählt: Wählen Sie zuerst in der Token-Liste die zu exportierenden Tokens aus.</translation>
    </message>
    <message>
        <source>None of the selected tokens can be exported: see the reasons above.</source>
        <translation>Keines der ausgewählten Tokens kann exportiert werden: Die Gründe stehen oben.</translation>
    </message>
    <message>
        <source>Choose the folder of your EdgeWorker&apos;s code bundle (where edgekv.js is), or a bundle .tgz.</source>
        <translation>Wählen Sie den Ordner des Code-Bundles Ihres EdgeWorkers (in dem edgekv.js liegt) oder ein Bundle als .tgz-Datei.</translation>
    </message>
    <message>
        <source>Pick the token to write for: %1.</source>
        <translation>Wählen Sie das zu schreibende Token für: %1.</translation>
    </message>
    <message>
        <source>%1
Export asks before replacing it; a .bak copy of it is kept.</source>
        <translation>%1
Exportieren fragt vor dem Ersetzen nach; eine Sicherungskopie (.bak) bleibt erhalten.</translation>
    </message>
    <message>
        <source>The file already holds exactly these entries: there is nothing to export.</source>
        <translation>Die Datei enthält bereits genau diese Einträge: Es gibt nichts zu exportieren.</translation>
    </message>
    <message numerus="yes">
        <source>Ready: Export writes the entry of %n namespace. Nothing is written before that.</source>
        <translation>
            <numerusform>Bereit: Exportieren schreibt den Eintrag von %n Namespace. Vorher wird nichts geschrieben.</numerusform>
            <numerusform>Bereit: Exportieren schreibt die Einträge von %n Namespaces. Vorher wird nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready: Export writes the entries of %n namespaces. Nothing is written before that.</source>
        <translation>
            <numerusform>Bereit: Exportieren schreibt den Eintrag von %n Namespace. Vorher wird nichts geschrieben.</numerusform>
            <numerusform>Bereit: Exportieren schreibt die Einträge von %n Namespaces. Vorher wird nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>Bitte beachten</translation>
    </message>
    <message>
        <source>Replace the Unreadable File?</source>
        <translation>Unlesbare Datei ersetzen?</translation>
    </message>
    <message>
        <source>The existing token file cannot be read:
%1

Replace it with the new file? A copy of it is kept as a .bak file beside it.</source>
        <translation>Die vorhandene Token-Datei kann nicht gelesen werden:
%1

Durch die neue Datei ersetzen? Eine Sicherungskopie bleibt als .bak-Datei daneben erhalten.</translation>
    </message>
    <message>
        <source>Nothing was written: %1 is unchanged.</source>
        <translation>Es wurde nichts geschrieben: %1 ist unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n namespace into %1.</source>
        <translation>
            <numerusform>%n Namespace in %1 exportiert.</numerusform>
            <numerusform>%n Namespaces in %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n namespaces into %1.</source>
        <translation>
            <numerusform>%n Namespace in %1 exportiert.</numerusform>
            <numerusform>%n Namespaces in %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 replaced, %3 kept as they were.</source>
        <translation>%1 hinzugefügt, %2 ersetzt, %3 unverändert beibehalten.</translation>
    </message>
    <message>
        <source>The unreadable file was kept as %1.</source>
        <translation>Die unlesbare Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Could not open %1 in the file manager.</source>
        <translation>%1 konnte nicht im Dateimanager geöffnet werden.</translation>
    </message>
    <message numerus="yes">
        <source>Loading the details of %n token…</source>
        <translation>
            <numerusform>Die Details von %n Token werden geladen…</numerusform>
            <numerusform>Die Details von %n Tokens werden geladen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading the details of %n tokens…</source>
        <translation>
            <numerusform>Die Details von %n Token werden geladen…</numerusform>
            <numerusform>Die Details von %n Tokens werden geladen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 (pick below)</source>
        <translation>%1 (unten auswählen)</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>none (%1)</source>
        <translation>keine (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
    <message>
        <source>see the reason below</source>
        <translation>Grund siehe unten</translation>
    </message>
    <message>
        <source>Choose a token…</source>
        <translation>Token wählen…</translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message>
        <source>Namespace %1:</source>
        <translation>Namespace %1:</translation>
    </message>
    <message>
        <source>Updates %1 inside this bundle; every other file in the bundle stays as it is.</source>
        <translation>%1 in diesem Bundle wird aktualisiert; alle anderen Dateien im Bundle bleiben unverändert.</translation>
    </message>
    <message>
        <source>Adds %1 to this bundle; every other file in the bundle stays as it is.</source>
        <translation>%1 wird diesem Bundle hinzugefügt; alle anderen Dateien im Bundle bleiben unverändert.</translation>
    </message>
</context>
<context>
    <name>edgekv::ExportPreview</name>
    <message>
        <source>…(hidden #%1)</source>
        <translation>…(verborgen #%1)</translation>
    </message>
    <message numerus="yes">
        <source>  … %n unchanged lines</source>
        <translation>
            <numerusform>  … %n unveränderte Zeile</numerusform>
            <numerusform>  … %n unveränderte Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>The existing %1 cannot be read (%2), so it is replaced as a whole; a .bak copy is kept.</source>
        <translation>Die vorhandene Datei %1 kann nicht gelesen werden (%2), daher wird sie vollständig ersetzt; eine .bak-Sicherungskopie bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1 does not exist yet; it is created.</source>
        <translation>%1 existiert noch nicht und wird erstellt.</translation>
    </message>
    <message>
        <source>The file already holds exactly these entries: there is nothing to write.</source>
        <translation>Die Datei enthält bereits genau diese Einträge: Es gibt nichts zu schreiben.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <source>Line by line</source>
        <translation>Zeile für Zeile</translation>
    </message>
</context>
<context>
    <name>edgekv::ExportSelection</name>
    <message>
        <source>%1 expired on %2 and is left out: EdgeKV refuses an expired token (401). Renew it or create a new token.</source>
        <translation>%1 ist am %2 abgelaufen und wird ausgelassen: EdgeKV lehnt abgelaufene Tokens ab (401). Erneuern Sie es oder erstellen Sie ein neues Token.</translation>
    </message>
    <message>
        <source>%1 is left out: %2</source>
        <translation>%1 wird ausgelassen: %2</translation>
    </message>
    <message>
        <source>%1 is left out: the API did not return its value.</source>
        <translation>%1 wird ausgelassen: Die API hat seinen Wert nicht geliefert.</translation>
    </message>
    <message>
        <source>%1 is left out: the API did not return its uuid.</source>
        <translation>%1 wird ausgelassen: Die API hat seine UUID nicht geliefert.</translation>
    </message>
    <message>
        <source>%1 is left out: it covers no namespace.</source>
        <translation>%1 wird ausgelassen: Es deckt keinen Namespace ab.</translation>
    </message>
    <message>
        <source>%1 is left out: its namespace name &quot;%2&quot; is not valid.</source>
        <translation>%1 wird ausgelassen: Sein Namespace-Name &quot;%2&quot; ist ungültig.</translation>
    </message>
    <message>
        <source>%1 failed to activate (ERROR): EdgeWorkers cannot use it. Create a new token for its namespaces.</source>
        <translation>%1 konnte nicht aktiviert werden (ERROR): EdgeWorkers können es nicht verwenden. Erstellen Sie ein neues Token für seine Namespaces.</translation>
    </message>
    <message>
        <source>%1 is still activating: EdgeWorkers can use it once activation completes, usually within minutes.</source>
        <translation>%1 wird noch aktiviert: EdgeWorkers können es verwenden, sobald die Aktivierung abgeschlossen ist, meist innerhalb weniger Minuten.</translation>
    </message>
    <message>
        <source>%1 expires on %2 (%3): renew it and export again before then, or EdgeWorkers using this file get 401 errors.</source>
        <translation>%1 läuft am %2 ab (%3): Erneuern Sie es und exportieren Sie vorher erneut, sonst erhalten EdgeWorkers, die diese Datei verwenden, 401-Fehler.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (410 from the API)</source>
        <translation>%1 (410 von der API)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Expired, so left out (EdgeKV refuses an expired token with 401; renew it or create a new one): %1.</source>
        <translation>Abgelaufen, daher ausgelassen (EdgeKV lehnt abgelaufene Tokens mit 401 ab; erneuern Sie sie oder erstellen Sie neue): %1.</translation>
    </message>
    <message>
        <source>Activation failed (ERROR; EdgeWorkers cannot use such a token, create a new one): %1.</source>
        <translation>Aktivierung fehlgeschlagen (ERROR; EdgeWorkers können solche Tokens nicht verwenden, erstellen Sie neue): %1.</translation>
    </message>
    <message>
        <source>Expiring soon (renew and export again before then, or EdgeWorkers using this file get 401 errors): %1.</source>
        <translation>Läuft bald ab (vorher erneuern und erneut exportieren, sonst erhalten EdgeWorkers, die diese Datei verwenden, 401-Fehler): %1.</translation>
    </message>
    <message>
        <source>Still activating (EdgeWorkers can use a token once its activation completes, usually within minutes): %1.</source>
        <translation>Wird noch aktiviert (EdgeWorkers können ein Token verwenden, sobald seine Aktivierung abgeschlossen ist, meist innerhalb weniger Minuten): %1.</translation>
    </message>
    <message>
        <source>Legacy (value)</source>
        <translation>Alt (value)</translation>
    </message>
    <message>
        <source>Enhanced (reference)</source>
        <translation>Erweitert (reference)</translation>
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
        <translation>Die lokale Sandbox in diesem Prozess starten, mit Demo-Tokens beider Modelle und jedes Status, und sie öffnen. Kein Akamai-Konto und kein Schlüsselbund nötig.</translation>
    </message>
    <message>
        <source>How many demo tokens the sandbox starts with (default 24).</source>
        <translation>Wie viele Demo-Tokens die Sandbox zu Beginn hat (Standard: 24).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Open the account of a section of this .edgerc file for this session.</source>
        <translation>Das Konto eines Abschnitts dieser .edgerc-Datei für diese Sitzung öffnen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>See every Akamai EdgeKV access token of an account and its health at a glance.</source>
        <translation>Alle Akamai-EdgeKV-Zugriffstokens eines Kontos und ihren Zustand auf einen Blick sehen.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--sandbox-tokens needs a number from 0 to 100000.</source>
        <translation>--sandbox-tokens braucht eine Zahl von 0 bis 100000.</translation>
    </message>
    <message>
        <source>--sandbox-tokens only goes with --sandbox.</source>
        <translation>--sandbox-tokens geht nur zusammen mit --sandbox.</translation>
    </message>
    <message>
        <source>--edgerc needs a file name.</source>
        <translation>--edgerc braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>--section only goes with --edgerc.</source>
        <translation>--section geht nur zusammen mit --edgerc.</translation>
    </message>
    <message>
        <source>Use either --sandbox or --edgerc, not both.</source>
        <translation>Verwenden Sie entweder --sandbox oder --edgerc, nicht beides.</translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation>Aufruf: %1 [Optionen]</translation>
    </message>
    <message>
        <source>The .edgerc section to use with --edgerc (default “default”).</source>
        <translation>Der .edgerc-Abschnitt für --edgerc (Standard: „default“).</translation>
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
    <message>
        <source>Initialize EdgeKV for the account first (in Akamai Control Center or with “akamai edgekv initialize”); then tokens can be created here.</source>
        <translation>Initialisieren Sie zuerst EdgeKV für das Konto (im Akamai Control Center oder mit „akamai edgekv initialize“); danach können hier Tokens erstellt werden.</translation>
    </message>
    <message>
        <source>The token “%1” is no longer in the list; it may have been revoked.</source>
        <translation>Das Token „%1“ ist nicht mehr in der Liste; es wurde vielleicht widerrufen.</translation>
    </message>
    <message>
        <source>Finish or close the open dialog, then renew “%1”.</source>
        <translation>Schließen Sie zuerst den offenen Dialog ab, dann erneuern Sie „%1“.</translation>
    </message>
    <message>
        <source>The account “%1” is no longer set up, so “%2” cannot be renewed from the notification.</source>
        <translation>Das Konto „%1“ ist nicht mehr eingerichtet, daher kann „%2“ nicht aus der Benachrichtigung erneuert werden.</translation>
    </message>
    <message>
        <source>“%1” was not renewed: the token list did not load.</source>
        <translation>„%1“ wurde nicht erneuert: Die Token-Liste wurde nicht geladen.</translation>
    </message>
</context>
<context>
    <name>edgekv::MemorySecretStore</name>
    <message>
        <source>No secret is stored under &quot;%1&quot;.</source>
        <translation>Unter &quot;%1&quot; ist kein Geheimnis gespeichert.</translation>
    </message>
</context>
<context>
    <name>edgekv::NamespacePermissionGrid</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>eingeschränkt</translation>
    </message>
    <message>
        <source>not restricted</source>
        <translation>nicht eingeschränkt</translation>
    </message>
    <message>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <source>Filter namespaces by name</source>
        <translation>Namespaces nach Namen filtern</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Data access</source>
        <translation>Datenzugriff</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>The namespace&apos;s data access policy (restrictDataAccess). All namespaces of one token must share it.</source>
        <translation>Die Datenzugriffsrichtlinie des Namespace (restrictDataAccess). Alle Namespaces eines Tokens müssen dieselbe haben.</translation>
    </message>
    <message>
        <source>The chosen networks have no namespaces. Create one in Control Center or with “akamai edgekv create ns”, then open this form again.</source>
        <translation>Die gewählten Netzwerke haben keine Namespaces. Erstellen Sie einen im Control Center oder mit „akamai edgekv create ns“ und öffnen Sie dieses Formular dann erneut.</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>%1 lesen</translation>
    </message>
    <message>
        <source>Write %1</source>
        <translation>%1 schreiben</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Tick Read, Write or Delete for each namespace the token should reach; a namespace&apos;s name ticks all three.</source>
        <translation>Kreuzen Sie für jeden Namespace, den das Token erreichen soll, Lesen, Schreiben oder Löschen an; ein Klick auf den Namen eines Namespace kreuzt alle drei an.</translation>
    </message>
    <message>
        <source>%1 of at most %2 namespaces chosen.</source>
        <translation>%1 von höchstens %2 Namespaces gewählt.</translation>
    </message>
    <message>
        <source>their data access policy differs from the ticked ones (one token, one policy)</source>
        <translation>ihre Datenzugriffsrichtlinie weicht von der der angekreuzten ab (ein Token, eine Richtlinie)</translation>
    </message>
    <message>
        <source>they do not exist on every chosen network</source>
        <translation>sie existieren nicht in jedem gewählten Netzwerk</translation>
    </message>
    <message>
        <source>a token covers at most %1 namespaces</source>
        <translation>ein Token umfasst höchstens %1 Namespaces</translation>
    </message>
    <message>
        <source>Greyed out: %1. Point at a row for details.</source>
        <translation>Ausgegraut: %1. Zeigen Sie auf eine Zeile, um Details zu sehen.</translation>
    </message>
    <message>
        <source>A token covers at most %1 namespaces. Untick one to choose this one.</source>
        <translation>Ein Token umfasst höchstens %1 Namespaces. Entfernen Sie ein Häkchen, um diesen zu wählen.</translation>
    </message>
    <message>
        <source>Tick Read, Write and Delete for %1 (click again to clear them).</source>
        <translation>Lesen, Schreiben und Löschen für %1 ankreuzen (erneut klicken, um sie zu entfernen).</translation>
    </message>
    <message>
        <source>Policy %1 (restrictDataAccess).</source>
        <translation>Richtlinie %1 (restrictDataAccess).</translation>
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
        <translation>Ein lokaler EdgeKV-API-Server zum Ausprobieren des EdgeKV Token Manager ohne Akamai-Konto und
zum Testen: Er bietet die Token- und Namespace-API unter /edgekv/v1, prüft EdgeGrid-Signaturen
wie das Akamai-Gateway, hält Daten im Speicher oder in einer Zustandsdatei und kann Störungen erzeugen.
Sobald er bereit ist, gibt er eine Zeile, &quot;listening on &lt;base URL&gt;&quot;, auf stdout aus. Er läuft bis
SIGINT oder SIGTERM (Exit-Status 0); ein Laufzeitfehler ergibt Exit-Status 1, falscher Aufruf 2.</translation>
    </message>
    <message>
        <source>Address and port to listen on: an IPv4 address, [IPv6] or localhost, then :PORT (0 picks a free port). Anything but a loopback address needs --tls-cert and --tls-key. Default: 127.0.0.1:0.</source>
        <translation>Adresse und Port, auf denen gelauscht wird: eine IPv4-Adresse, [IPv6] oder localhost, dann :PORT (0 wählt einen freien Port). Jede andere als eine Loopback-Adresse erfordert --tls-cert und --tls-key. Standard: 127.0.0.1:0.</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate (chain). Needs --tls-key.</source>
        <translation>HTTPS mit diesem PEM-Zertifikat (samt Kette) anbieten. Erfordert --tls-key.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The PEM private key (RSA or EC, unencrypted) of --tls-cert.</source>
        <translation>Der private PEM-Schlüssel (RSA oder EC, unverschlüsselt) zu --tls-cert.</translation>
    </message>
    <message>
        <source>Once listening, write an .edgerc section that this server accepts into FILE (mode 0600; other sections are kept). Its host is http://127.0.0.1:PORT for plain HTTP and 127.0.0.1:PORT for HTTPS. The secrets are never printed.</source>
        <translation>Sobald der Server lauscht, einen .edgerc-Abschnitt, den er akzeptiert, in FILE schreiben (Modus 0600; andere Abschnitte bleiben erhalten). Sein Host ist http://127.0.0.1:PORT für einfaches HTTP und 127.0.0.1:PORT für HTTPS. Die Geheimnisse werden nie ausgegeben.</translation>
    </message>
    <message>
        <source>The section --write-edgerc writes. Default: default.</source>
        <translation>Der Abschnitt, den --write-edgerc schreibt. Standard: default.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Accept the client token, client secret and access token of this .edgerc instead of random ones made for this run. When FILE is also the --write-edgerc file and does not hold the section yet, new credentials are made and written there, so the same command works every time.</source>
        <translation>Client Token, Client Secret und Access Token aus dieser .edgerc akzeptieren statt zufälliger, für diesen Lauf erzeugter Werte. Ist FILE zugleich die Datei von --write-edgerc und enthält den Abschnitt noch nicht, werden neue Zugangsdaten erzeugt und dort geschrieben, sodass derselbe Befehl jedes Mal funktioniert.</translation>
    </message>
    <message>
        <source>The section of --credentials to read. Default: the --section name.</source>
        <translation>Der Abschnitt von --credentials, der gelesen wird. Standard: der Name aus --section.</translation>
    </message>
    <message>
        <source>Keep tokens and namespaces in this JSON file across restarts (rewritten atomically). A corrupt or foreign file is reported and left untouched. Default: memory only.</source>
        <translation>Tokens und Namespaces über Neustarts hinweg in dieser JSON-Datei behalten (atomar neu geschrieben). Eine beschädigte oder fremde Datei wird gemeldet und nicht angetastet. Standard: nur im Speicher.</translation>
    </message>
    <message>
        <source>The namespaces every account starts with, on both networks. Default: eight realistic ones (default, marketing, products, checkout, feature_flags, geo-redirects, ab-tests, user-prefs).</source>
        <translation>Die Namespaces, mit denen jedes Konto beginnt, in beiden Netzwerken. Standard: acht realistische (default, marketing, products, checkout, feature_flags, geo-redirects, ab-tests, user-prefs).</translation>
    </message>
    <message>
        <source>a,b,c</source>
        <translation>a,b,c</translation>
    </message>
    <message>
        <source>Add N demo tokens to the API client&apos;s own account (no accountSwitchKey) when it has none: legacy and enhanced, some expired in the last 30 days, some expiring within 7 and within 30 days, some activating, one in activation error (every kind from N = 7 on). The same N and --today give the same tokens.</source>
        <translation>N Demo-Tokens zum eigenen Konto des API-Clients hinzufügen (ohne accountSwitchKey), wenn es keine hat: altes und erweitertes Modell, einige in den letzten 30 Tagen abgelaufen, einige mit Ablauf innerhalb von 7 und innerhalb von 30 Tagen, einige in Aktivierung, eines mit Aktivierungsfehler (jede Art ab N = 7). Gleiches N und gleiches --today ergeben dieselben Tokens.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Pretend today is this UTC date: the real clock moved by whole days, so the time of day keeps running. Dates of created and seeded tokens follow it. The gateway&apos;s timestamp check is widened to accept clients signing with the real time as well as with a time on that day.</source>
        <translation>So tun, als sei heute dieses UTC-Datum: Die echte Uhr wird um ganze Tage verschoben, die Uhrzeit läuft also weiter. Die Daten erstellter und vorab angelegter Tokens richten sich danach. Die Zeitstempelprüfung des Gateways wird so erweitert, dass sie Clients akzeptiert, die mit der echten Zeit oder mit einer Zeit an jenem Tag signieren.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>What POST /tokens creates: enhanced or legacy. Default: enhanced.</source>
        <translation>Was POST /tokens erstellt: enhanced oder legacy. Standard: enhanced.</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODEL</translation>
    </message>
    <message>
        <source>Seconds an enhanced token stays IN_PROGRESS before COMPLETE. Default: 5.</source>
        <translation>Sekunden, die ein erweitertes Token IN_PROGRESS bleibt, bevor es COMPLETE ist. Standard: 5.</translation>
    </message>
    <message>
        <source>Accounts start uninitialized: GET /initialize answers 404.</source>
        <translation>Konten starten nicht initialisiert: GET /initialize antwortet mit 404.</translation>
    </message>
    <message>
        <source>Delay every response by N milliseconds. Default: 0.</source>
        <translation>Jede Antwort um N Millisekunden verzögern. Standard: 0.</translation>
    </message>
    <message>
        <source>Inject a fault at a probability from 0 to 1; repeatable. KIND is 500, 503, 429 (with Retry-After), reset (drop the connection), malformed (truncated JSON) or stall (the body never ends).</source>
        <translation>Eine Störung mit einer Wahrscheinlichkeit von 0 bis 1 erzeugen; wiederholbar. KIND ist 500, 503, 429 (mit Retry-After), reset (Verbindung trennen), malformed (abgeschnittenes JSON) oder stall (der Body endet nie).</translation>
    </message>
    <message>
        <source>KIND:RATE</source>
        <translation>KIND:RATE</translation>
    </message>
    <message>
        <source>Seed of the fault random generator, for repeatable runs. Default: random.</source>
        <translation>Startwert des Zufallsgenerators für Störungen, für wiederholbare Läufe. Standard: zufällig.</translation>
    </message>
    <message>
        <source>Log every request (method, path, status) and the server&apos;s messages to stderr.</source>
        <translation>Jede Anfrage (Methode, Pfad, Status) und die Meldungen des Servers auf stderr protokollieren.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; see --help.</source>
        <translation>unerwartetes Argument &quot;%1&quot;; siehe --help.</translation>
    </message>
    <message>
        <source>given more than once.</source>
        <translation>mehrfach angegeben.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key must be given together, each with a file.</source>
        <translation>--tls-cert und --tls-key müssen zusammen angegeben werden, jeweils mit einer Datei.</translation>
    </message>
    <message>
        <source>refusing to serve plain HTTP on the non-loopback address %1: give --tls-cert and --tls-key, or listen on 127.0.0.1.</source>
        <translation>einfaches HTTP auf der Nicht-Loopback-Adresse %1 wird verweigert: Geben Sie --tls-cert und --tls-key an oder lauschen Sie auf 127.0.0.1.</translation>
    </message>
    <message>
        <source>the file name is empty.</source>
        <translation>der Dateiname ist leer.</translation>
    </message>
    <message>
        <source>needs --credentials.</source>
        <translation>erfordert --credentials.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date like 2025-03-01.</source>
        <translation>&quot;%1&quot; ist kein Datum wie 2025-03-01.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a token model: use enhanced or legacy.</source>
        <translation>&quot;%1&quot; ist kein Token-Modell: Verwenden Sie enhanced oder legacy.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from 0 to 18446744073709551615.</source>
        <translation>&quot;%1&quot; ist keine ganze Zahl von 0 bis 18446744073709551615.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not HOST:PORT (e.g. 127.0.0.1:8080 or [::1]:8080).</source>
        <translation>&quot;%1&quot; hat nicht die Form HOST:PORT (z. B. 127.0.0.1:8080 oder [::1]:8080).</translation>
    </message>
    <message>
        <source>write an IPv6 address in brackets, e.g. [::1]:8080, not &quot;%1&quot;.</source>
        <translation>schreiben Sie eine IPv6-Adresse in eckigen Klammern, z. B. [::1]:8080, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address (or localhost).</source>
        <translation>&quot;%1&quot; ist keine IP-Adresse (und nicht localhost).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port from 0 to 65535.</source>
        <translation>&quot;%1&quot; ist kein Port von 0 bis 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a namespace name (1 to 32 letters, digits, &apos;_&apos; or &apos;-&apos;).</source>
        <translation>&quot;%1&quot; ist kein Namespace-Name (1 bis 32 Buchstaben, Ziffern, &apos;_&apos; oder &apos;-&apos;).</translation>
    </message>
    <message>
        <source>namespace &quot;%1&quot; is listed twice.</source>
        <translation>der Namespace &quot;%1&quot; ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>%1 namespaces given; an account holds at most %2.</source>
        <translation>%1 Namespaces angegeben; ein Konto fasst höchstens %2.</translation>
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
        <translation>
Beispiele:
  Die App ohne Akamai-Konto ausprobieren (einfaches HTTP auf Loopback, 40 Demo-Tokens):
    edgekv-sandbox --seed 40 --write-edgerc ~/.edgerc-sandbox --section sandbox
  Tokens und Zugangsdaten über Neustarts hinweg behalten, auf einem festen Port:
    edgekv-sandbox --listen 127.0.0.1:8080 --state sandbox-state.json \
        --write-edgerc sandbox.edgerc --credentials sandbox.edgerc --seed 40
  HTTPS auf allen Schnittstellen, mit noch nicht initialisierten Konten:
    edgekv-sandbox --listen 0.0.0.0:8443 --tls-cert cert.pem --tls-key key.pem --uninitialized
  Reproduzierbare Daten, Tokens des alten Modells und ein unzuverlässiges Netzwerk für Tests:
    edgekv-sandbox --today 2025-03-01 --seed 12 --token-model legacy --latency-ms 200 \
        --fault 503:0.1 --fault reset:0.05 --fault-seed 7 --write-edgerc test.edgerc
  Ein selbstsigniertes Zertifikat für --tls-cert und --tls-key:
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -keyout key.pem -out cert.pem \
        -subj /CN=localhost -addext subjectAltName=DNS:localhost,IP:127.0.0.1
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from 0 to %2.</source>
        <translation>&quot;%1&quot; ist keine ganze Zahl von 0 bis %2.</translation>
    </message>
    <message>
        <source>the section name must not be empty or start or end with spaces.</source>
        <translation>der Abschnittsname darf nicht leer sein und nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>the section name &quot;%1&quot; must not contain &apos;[&apos;, &apos;]&apos; or control characters.</source>
        <translation>der Abschnittsname &quot;%1&quot; darf weder &apos;[&apos;, &apos;]&apos; noch Steuerzeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>edgekv::SandboxSession</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>The sandbox is already running.</source>
        <translation>Die Sandbox läuft bereits.</translation>
    </message>
    <message>
        <source>Cannot start the local sandbox: %1</source>
        <translation>Die lokale Sandbox kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The sandbox is not running.</source>
        <translation>Die Sandbox läuft nicht.</translation>
    </message>
    <message>
        <source>Sandbox %1</source>
        <translation>Sandbox %1</translation>
    </message>
</context>
<context>
    <name>edgekv::SandboxStore</name>
    <message>
        <source>not an edgekv-sandbox state file (no &quot;format&quot;: &quot;edgekv-sandbox-state&quot;)</source>
        <translation>keine edgekv-sandbox-Zustandsdatei (kein &quot;format&quot;: &quot;edgekv-sandbox-state&quot;)</translation>
    </message>
    <message>
        <source>unsupported state file version %1</source>
        <translation>nicht unterstützte Version %1 der Zustandsdatei</translation>
    </message>
    <message>
        <source>&quot;accounts&quot; is missing or not an object</source>
        <translation>&quot;accounts&quot; fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>account &quot;%1&quot; is not an object</source>
        <translation>Konto &quot;%1&quot; ist kein Objekt</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>Array von Zeichenketten erwartet</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation>Datum im Format YYYY-MM-DD erwartet</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date and time</source>
        <translation>Datum mit Uhrzeit nach ISO 8601 erwartet</translation>
    </message>
    <message>
        <source>expected &quot;enhanced&quot; or &quot;legacy&quot;</source>
        <translation>&quot;enhanced&quot; oder &quot;legacy&quot; erwartet</translation>
    </message>
    <message>
        <source>a token needs a name and a uuid</source>
        <translation>ein Token braucht einen Namen und eine UUID</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>duplicate token name</source>
        <translation>doppelter Token-Name</translation>
    </message>
</context>
<context>
    <name>edgekv::StateFile</name>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not valid JSON (at byte %1: %2)</source>
        <translation>kein gültiges JSON (bei Byte %1: %2)</translation>
    </message>
    <message>
        <source>not an edgekv-sandbox state file (not a JSON object)</source>
        <translation>keine Zustandsdatei von edgekv-sandbox (kein JSON-Objekt)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>edgekv::StrictJsonScanner</name>
    <message>
        <source>A comment. The token object must be strict JSON, without comments.</source>
        <translation>Ein Kommentar. Das Token-Objekt muss striktes JSON ohne Kommentare sein.</translation>
    </message>
    <message>
        <source>Single quotes. JSON strings and keys need double quotes.</source>
        <translation>Einfache Anführungszeichen. JSON-Strings und -Schlüssel brauchen doppelte Anführungszeichen.</translation>
    </message>
    <message>
        <source>The file ends before the object is closed.</source>
        <translation>Die Datei endet, bevor das Objekt geschlossen ist.</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot; where %2 was expected.</source>
        <translation>Unerwartetes &quot;%1&quot;; erwartet wurde %2.</translation>
    </message>
    <message>
        <source>The object is nested too deeply.</source>
        <translation>Das Objekt ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>This &quot;{&quot; is never closed.</source>
        <translation>Dieses &quot;{&quot; wird nie geschlossen.</translation>
    </message>
    <message>
        <source>A trailing comma before &quot;}&quot;, which JSON does not allow.</source>
        <translation>Ein abschließendes Komma vor &quot;}&quot;, das JSON nicht erlaubt.</translation>
    </message>
    <message>
        <source>A key without double quotes. JSON keys need double quotes.</source>
        <translation>Ein Schlüssel ohne doppelte Anführungszeichen. JSON-Schlüssel brauchen doppelte Anführungszeichen.</translation>
    </message>
    <message>
        <source>A comma is missing before this key.</source>
        <translation>Vor diesem Schlüssel fehlt ein Komma.</translation>
    </message>
    <message>
        <source>This &quot;[&quot; is never closed.</source>
        <translation>Dieses &quot;[&quot; wird nie geschlossen.</translation>
    </message>
    <message>
        <source>A trailing comma before &quot;]&quot;, which JSON does not allow.</source>
        <translation>Ein abschließendes Komma vor &quot;]&quot;, das JSON nicht erlaubt.</translation>
    </message>
    <message>
        <source>This string is not closed on its line.</source>
        <translation>Dieser String wird nicht in seiner Zeile geschlossen.</translation>
    </message>
    <message>
        <source>A control character inside a string; JSON needs it escaped.</source>
        <translation>Ein Steuerzeichen in einem String; JSON verlangt, dass es maskiert wird.</translation>
    </message>
    <message>
        <source>An invalid \u escape in a string.</source>
        <translation>Eine ungültige \u-Escape-Sequenz in einem String.</translation>
    </message>
    <message>
        <source>An escape JSON does not have, &quot;\%1&quot;.</source>
        <translation>Eine Escape-Sequenz, die JSON nicht kennt: &quot;\%1&quot;.</translation>
    </message>
    <message>
        <source>This string is never closed.</source>
        <translation>Dieser String wird nie geschlossen.</translation>
    </message>
    <message>
        <source>Not a JSON number.</source>
        <translation>Keine JSON-Zahl.</translation>
    </message>
    <message>
        <source>A value without double quotes. JSON strings need double quotes.</source>
        <translation>Ein Wert ohne doppelte Anführungszeichen. JSON-Strings brauchen doppelte Anführungszeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON value (strings need double quotes).</source>
        <translation>&quot;%1&quot; ist kein JSON-Wert (Strings brauchen doppelte Anführungszeichen).</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>a key in double quotes</source>
        <translation>ein Schlüssel in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>&quot;:&quot; after the key</source>
        <translation>&quot;:&quot; nach dem Schlüssel</translation>
    </message>
    <message>
        <source>&quot;,&quot; or &quot;}&quot;</source>
        <translation>&quot;,&quot; oder &quot;}&quot;</translation>
    </message>
    <message>
        <source>&quot;,&quot; or &quot;]&quot;</source>
        <translation>&quot;,&quot; oder &quot;]&quot;</translation>
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
        <translation>es gibt keine Verbindung zum Konto, um seine Details zu laden.</translation>
    </message>
    <message>
        <source>it has expired, so the API no longer returns it (410). Renew it or create a new token.</source>
        <translation>es ist abgelaufen, daher liefert die API es nicht mehr (410). Erneuern Sie es oder erstellen Sie ein neues Token.</translation>
    </message>
</context>
<context>
    <name>edgekv::TokenDetailsPanel</name>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>write</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>no access</source>
        <translation>kein Zugriff</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Token value</source>
        <translation>Token-Wert</translation>
    </message>
    <message>
        <source>Loading the namespaces, networks and EdgeWorker IDs…</source>
        <translation>Namespaces, Netzwerke und EdgeWorker-IDs werden geladen…</translation>
    </message>
    <message>
        <source>EdgeKV no longer reports the namespaces and networks of this expired token.</source>
        <translation>EdgeKV meldet die Namespaces und Netzwerke dieses abgelaufenen Tokens nicht mehr.</translation>
    </message>
    <message>
        <source>The details of this token could not be loaded.</source>
        <translation>Die Details dieses Tokens konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Enhanced (auto-refresh)</source>
        <translation>Erweitert (automatisch aktualisiert)</translation>
    </message>
    <message>
        <source>Legacy (expires)</source>
        <translation>Alt (läuft ab)</translation>
    </message>
    <message>
        <source>Refreshed automatically; bundles reference it by its UUID.</source>
        <translation>Wird automatisch aktualisiert; Bundles verweisen über seine UUID darauf.</translation>
    </message>
    <message>
        <source>A signed value that stops working on its expiry date.</source>
        <translation>Ein signierter Wert, der ab seinem Ablaufdatum nicht mehr funktioniert.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>All EdgeWorkers</source>
        <translation>Alle EdgeWorkers</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
        <translation>%1 in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>edgekv::TokenDialogs</name>
    <message>
        <source>Renew…</source>
        <translation>Erneuern…</translation>
    </message>
    <message>
        <source>Create a replacement for the selected token before it expires</source>
        <translation>Vor Ablauf einen Ersatz für das ausgewählte Token erstellen</translation>
    </message>
    <message>
        <source>Check Bundle…</source>
        <translation>Bundle prüfen…</translation>
    </message>
    <message>
        <source>Check a bundle folder, an edgekv_tokens.js or a bundle .tgz for problems</source>
        <translation>Einen Bundle-Ordner, eine edgekv_tokens.js oder ein Bundle-.tgz auf Probleme prüfen</translation>
    </message>
</context>
<context>
    <name>edgekv::TokenExport</name>
    <message>
        <source>The bundle does not exist.</source>
        <translation>Das Bundle existiert nicht.</translation>
    </message>
    <message>
        <source>This is not a file, so it cannot be a bundle.</source>
        <translation>Dies ist keine Datei und kann daher kein Bundle sein.</translation>
    </message>
    <message>
        <source>The file is too large to be an EdgeWorkers code bundle.</source>
        <translation>Die Datei ist zu groß für ein EdgeWorkers-Code-Bundle.</translation>
    </message>
    <message>
        <source>Cannot read the bundle: %1</source>
        <translation>Das Bundle kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The bundle changed since the preview; nothing was written. Export again.</source>
        <translation>Das Bundle hat sich seit der Vorschau geändert; es wurde nichts geschrieben. Exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>The new bundle did not read back correctly; nothing was written.</source>
        <translation>Das neue Bundle ließ sich nicht korrekt zurücklesen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>No backup could be written, so the bundle is left as it is. %1</source>
        <translation>Es konnte keine Sicherungskopie geschrieben werden, daher bleibt das Bundle unverändert. %1</translation>
    </message>
</context>
<context>
    <name>edgekv::TokenFileMerger</name>
    <message>
        <source>Two tokens are chosen for namespace %1; an edgekv_tokens.js holds one per namespace.</source>
        <translation>Für Namespace %1 sind zwei Tokens gewählt; eine edgekv_tokens.js enthält eines pro Namespace.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Replaced %1 with a new entry of token %2.</source>
        <translation>%1 durch einen neuen Eintrag von Token %2 ersetzt.</translation>
    </message>
    <message>
        <source>Replaced %1 (an entry without a token name) with token %2.</source>
        <translation>%1 (ein Eintrag ohne Token-Namen) durch Token %2 ersetzt.</translation>
    </message>
    <message>
        <source>Replaced %1: token %2 → %3.</source>
        <translation>%1 ersetzt: Token %2 → %3.</translation>
    </message>
    <message>
        <source>Unchanged %1: the file already holds this token.</source>
        <translation>%1 unverändert: Die Datei enthält dieses Token bereits.</translation>
    </message>
    <message>
        <source>Kept as they were: %1.</source>
        <translation>Unverändert beibehalten: %1.</translation>
    </message>
</context>
<context>
    <name>edgekv::TokenFileParser</name>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Die Datei ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>The existing file was empty.</source>
        <translation>Die vorhandene Datei war leer.</translation>
    </message>
    <message>
        <source>This comment is never closed.</source>
        <translation>Dieser Kommentar wird nie geschlossen.</translation>
    </message>
    <message>
        <source>&quot;var&quot; is missing before edgekv_access_tokens; edgekv.js needs &quot;var edgekv_access_tokens = {&quot;.</source>
        <translation>&quot;var&quot; fehlt vor edgekv_access_tokens; edgekv.js braucht &quot;var edgekv_access_tokens = {&quot;.</translation>
    </message>
    <message>
        <source>Not an EdgeKV token file: it must start with &quot;var edgekv_access_tokens = {&quot;.</source>
        <translation>Keine EdgeKV-Token-Datei: Sie muss mit &quot;var edgekv_access_tokens = {&quot; beginnen.</translation>
    </message>
    <message>
        <source>Not an EdgeKV token file: the variable must be named edgekv_access_tokens.</source>
        <translation>Keine EdgeKV-Token-Datei: Die Variable muss edgekv_access_tokens heißen.</translation>
    </message>
    <message>
        <source>&quot;=&quot; expected after edgekv_access_tokens.</source>
        <translation>&quot;=&quot; nach edgekv_access_tokens erwartet.</translation>
    </message>
    <message>
        <source>An object in braces, { … }, expected after &quot;=&quot;.</source>
        <translation>Nach &quot;=&quot; wird ein Objekt in geschweiften Klammern, { … }, erwartet.</translation>
    </message>
    <message>
        <source>Unexpected text after the export statement; the file may only hold the token object and its export.</source>
        <translation>Unerwarteter Text nach der export-Anweisung; die Datei darf nur das Token-Objekt und seinen Export enthalten.</translation>
    </message>
    <message>
        <source>&quot;export { edgekv_access_tokens };&quot; expected here.</source>
        <translation>&quot;export { edgekv_access_tokens };&quot; wird hier erwartet.</translation>
    </message>
    <message>
        <source>&quot;export { edgekv_access_tokens };&quot; is missing after the object, so edgekv.js cannot import the tokens.</source>
        <translation>&quot;export { edgekv_access_tokens };&quot; fehlt nach dem Objekt, daher kann edgekv.js die Tokens nicht importieren.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears %2 times; the last one (line %3) is kept, as edgekv.js would.</source>
        <translation>&quot;%1&quot; kommt %2-mal vor; das letzte Vorkommen (Zeile %3) wird beibehalten, wie es auch edgekv.js tut.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a namespace key; it is kept as it is, and edgekv.js ignores it.</source>
        <translation>Zeile %1: &quot;%2&quot; ist kein Namespace-Schlüssel; er bleibt unverändert, und edgekv.js ignoriert ihn.</translation>
    </message>
    <message>
        <source>Line %1: the bare key &quot;%2&quot; is dropped, because &quot;%3&quot; is also in the file and edgekv.js only reads that one.</source>
        <translation>Zeile %1: Der bloße Schlüssel &quot;%2&quot; wird entfernt, weil &quot;%3&quot; ebenfalls in der Datei steht und edgekv.js nur diesen liest.</translation>
    </message>
    <message>
        <source>Line %1: the bare key &quot;%2&quot; becomes &quot;%3&quot;, the key edgekv.js looks up.</source>
        <translation>Zeile %1: Der bloße Schlüssel &quot;%2&quot; wird zu &quot;%3&quot;, dem Schlüssel, den edgekv.js nachschlägt.</translation>
    </message>
    <message>
        <source>Comments outside the token object are not kept when the file is rewritten.</source>
        <translation>Kommentare außerhalb des Token-Objekts gehen verloren, wenn die Datei neu geschrieben wird.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Dies ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The file is too large to be an EdgeKV token file.</source>
        <translation>Die Datei ist zu groß für eine EdgeKV-Token-Datei.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>edgekv::TokenFileStore</name>
    <message>
        <source>No folder or file was chosen.</source>
        <translation>Es wurde weder ein Ordner noch eine Datei gewählt.</translation>
    </message>
    <message>
        <source>This is a bundle, not a folder or a token file.</source>
        <translation>Dies ist ein Bundle, kein Ordner und keine Token-Datei.</translation>
    </message>
    <message>
        <source>Not a folder, nor a .js file.</source>
        <translation>Weder ein Ordner noch eine .js-Datei.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The file changed since the preview; nothing was written. Export again.</source>
        <translation>Die Datei wurde seit der Vorschau geändert; es wurde nichts geschrieben. Exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>No backup could be written, so the file is left as it is. %1</source>
        <translation>Es konnte keine Sicherungskopie geschrieben werden, daher bleibt die Datei unverändert. %1</translation>
    </message>
    <message>
        <source>The existing file is unchanged.</source>
        <translation>Die vorhandene Datei ist unverändert.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. %3</source>
        <translation>%1 kann nicht geschrieben werden: %2. %3</translation>
    </message>
    <message>
        <source>only %1 of %2 bytes could be written; the disk may be full</source>
        <translation>nur %1 von %2 Byte konnten geschrieben werden; möglicherweise ist der Datenträger voll</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Dies ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The file is too large to be an EdgeKV token file; it is left as it is.</source>
        <translation>Die Datei ist zu groß für eine EdgeKV-Token-Datei; sie bleibt unverändert.</translation>
    </message>
    <message>
        <source>Cannot read the existing file: %1</source>
        <translation>Die vorhandene Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>edgekv::TokenFormRules</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>&lt;app&gt;-&lt;env&gt;-&lt;yyyy-mm&gt;</source>
        <translation>&lt;app&gt;-&lt;env&gt;-&lt;yyyy-mm&gt;</translation>
    </message>
    <message>
        <source>Enter a name for the token: 1 to %1 letters, digits, _ or -.</source>
        <translation>Geben Sie einen Namen für das Token ein: 1 bis %1 Buchstaben, Ziffern, _ oder -.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>The name contains %1, which a token name cannot have. Use only letters (A–Z, a–z), digits, _ and -.</source>
        <translation>Der Name enthält %1, was in einem Token-Namen nicht erlaubt ist. Verwenden Sie nur Buchstaben (A–Z, a–z), Ziffern, _ und -.</translation>
    </message>
    <message>
        <source>A token name cannot start with “-”. Start it with a letter, a digit or _.</source>
        <translation>Ein Token-Name darf nicht mit „-“ beginnen. Beginnen Sie ihn mit einem Buchstaben, einer Ziffer oder _.</translation>
    </message>
    <message>
        <source>The name has %1 characters; the limit is %2. Remove 1 character.</source>
        <translation>Der Name hat %1 Zeichen; erlaubt sind höchstens %2. Entfernen Sie 1 Zeichen.</translation>
    </message>
    <message>
        <source>The name has %1 characters; the limit is %2. Remove %3 characters.</source>
        <translation>Der Name hat %1 Zeichen; erlaubt sind höchstens %2. Entfernen Sie %3 Zeichen.</translation>
    </message>
    <message>
        <source>This account already has a token named %1. Choose another name, for example with the month added.</source>
        <translation>Dieses Konto hat bereits ein Token namens %1. Wählen Sie einen anderen Namen, zum Beispiel mit angehängtem Monat.</translation>
    </message>
    <message>
        <source>Choose at least one network: Staging, Production or both.</source>
        <translation>Wählen Sie mindestens ein Netzwerk: Staging, Production oder beide.</translation>
    </message>
    <message>
        <source>Enter an EdgeWorker ID, a number such as 4242.</source>
        <translation>Geben Sie eine EdgeWorker-ID ein, eine Zahl wie 4242.</translation>
    </message>
    <message>
        <source>%1 is not an EdgeWorker ID: IDs are whole numbers such as 4242 (Control Center lists them under EdgeWorkers).</source>
        <translation>%1 ist keine EdgeWorker-ID: IDs sind ganze Zahlen wie 4242 (Control Center listet sie unter EdgeWorkers auf).</translation>
    </message>
    <message>
        <source>EdgeWorker ID %1 is listed twice; remove one.</source>
        <translation>Die EdgeWorker-ID %1 ist doppelt aufgeführt; entfernen Sie eine davon.</translation>
    </message>
    <message>
        <source>A token can be limited to at most %1 EdgeWorker IDs; %2 are listed. Remove %3, or remove all of them to let every EdgeWorker use the token.</source>
        <translation>Ein Token kann auf höchstens %1 EdgeWorker-IDs beschränkt werden; %2 sind aufgeführt. Entfernen Sie %3 davon oder alle, damit jeder EdgeWorker das Token verwenden kann.</translation>
    </message>
    <message>
        <source>Namespace %1 has no permission: tick Read, Write or Delete, or leave it out.</source>
        <translation>Der Namespace %1 hat keine Berechtigung: Aktivieren Sie Lesen, Schreiben oder Löschen, oder lassen Sie ihn weg.</translation>
    </message>
    <message>
        <source>Namespace %1 has the permission %2; permissions are r (read), w (write) and d (delete).</source>
        <translation>Der Namespace %1 hat die Berechtigung %2; Berechtigungen sind r (Lesen), w (Schreiben) und d (Löschen).</translation>
    </message>
    <message>
        <source>Namespace %1 has the permission %2 twice.</source>
        <translation>Der Namespace %1 hat die Berechtigung %2 doppelt.</translation>
    </message>
    <message>
        <source>%1 restricts data access, but the namespaces already ticked (%2) do not.</source>
        <translation>%1 schränkt den Datenzugriff ein, die bereits aktivierten Namespaces (%2) aber nicht.</translation>
    </message>
    <message>
        <source>%1 does not restrict data access, but the namespaces already ticked (%2) do.</source>
        <translation>%1 schränkt den Datenzugriff nicht ein, die bereits aktivierten Namespaces (%2) aber schon.</translation>
    </message>
    <message>
        <source>All namespaces of one token must share a data access policy: untick those to choose this one, or create a second token for it.</source>
        <translation>Alle Namespaces eines Tokens müssen dieselbe Datenzugriffsrichtlinie haben: Deaktivieren Sie jene, um diesen zu wählen, oder erstellen Sie dafür ein zweites Token.</translation>
    </message>
    <message>
        <source>%1 exists only on staging, and the token is for production too. Untick Production, or leave this namespace out.</source>
        <translation>%1 gibt es nur in Staging, das Token gilt aber auch für Production. Deaktivieren Sie Production, oder lassen Sie diesen Namespace weg.</translation>
    </message>
    <message>
        <source>%1 exists only on production, and the token is for staging too. Untick Staging, or leave this namespace out.</source>
        <translation>%1 gibt es nur in Production, das Token gilt aber auch für Staging. Deaktivieren Sie Staging, oder lassen Sie diesen Namespace weg.</translation>
    </message>
    <message>
        <source>%1 does not exist on staging. Tick Production to use it.</source>
        <translation>%1 gibt es in Staging nicht. Aktivieren Sie Production, um ihn zu verwenden.</translation>
    </message>
    <message>
        <source>%1 does not exist on production. Tick Staging to use it.</source>
        <translation>%1 gibt es in Production nicht. Aktivieren Sie Staging, um ihn zu verwenden.</translation>
    </message>
    <message>
        <source>staging only</source>
        <translation>nur Staging</translation>
    </message>
    <message>
        <source>production only</source>
        <translation>nur Production</translation>
    </message>
    <message>
        <source>Give the token access to at least one namespace: tick Read, Write or Delete in its row.</source>
        <translation>Geben Sie dem Token Zugriff auf mindestens einen Namespace: Aktivieren Sie in dessen Zeile Lesen, Schreiben oder Löschen.</translation>
    </message>
    <message>
        <source>A token can cover at most %1 namespaces; %2 are ticked. Untick %3.</source>
        <translation>Ein Token kann höchstens %1 Namespaces umfassen; %2 sind aktiviert. Deaktivieren Sie %3.</translation>
    </message>
    <message>
        <source>Namespace %1 does not exist on the chosen networks; leave it out.</source>
        <translation>Den Namespace %1 gibt es in den gewählten Netzwerken nicht; lassen Sie ihn weg.</translation>
    </message>
    <message>
        <source>The ticked namespaces mix data access policies (restricted: %1; not restricted: %2). All namespaces of one token must share a policy; untick one group.</source>
        <translation>Die aktivierten Namespaces haben unterschiedliche Datenzugriffsrichtlinien (eingeschränkt: %1; nicht eingeschränkt: %2). Alle Namespaces eines Tokens müssen dieselbe Richtlinie haben; deaktivieren Sie eine der Gruppen.</translation>
    </message>
    <message>
        <source>The expiry must be tomorrow (%1) or later.</source>
        <translation>Das Ablaufdatum muss morgen (%1) oder später sein.</translation>
    </message>
    <message>
        <source>The expiry can be at most six months ahead: %1 or earlier.</source>
        <translation>Das Ablaufdatum darf höchstens sechs Monate in der Zukunft liegen: %1 oder früher.</translation>
    </message>
</context>
<context>
    <name>edgekv::TokenFormatter</name>
    <message>
        <source>Never — next refresh %1</source>
        <translation>Nie — nächste Aktualisierung %1</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>The API did not report an expiry date.</source>
        <translation>Die API hat kein Ablaufdatum gemeldet.</translation>
    </message>
    <message>
        <source>Expiry date (UTC): %1</source>
        <translation>Ablaufdatum (UTC): %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Never expires: Akamai refreshes this token automatically.
Last refresh: %1
Next scheduled refresh: %2</source>
        <translation>Läuft nie ab: Akamai aktualisiert dieses Token automatisch.
Letzte Aktualisierung: %1
Nächste geplante Aktualisierung: %2</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>EdgeWorkers may use this token on the staging and production networks.</source>
        <translation>EdgeWorkers dürfen dieses Token im Staging- und im Production-Netzwerk verwenden.</translation>
    </message>
    <message>
        <source>EdgeWorkers may use this token on the staging network only.</source>
        <translation>EdgeWorkers dürfen dieses Token nur im Staging-Netzwerk verwenden.</translation>
    </message>
    <message>
        <source>EdgeWorkers may use this token on the production network only.</source>
        <translation>EdgeWorkers dürfen dieses Token nur im Production-Netzwerk verwenden.</translation>
    </message>
    <message>
        <source>This token is allowed on no network.</source>
        <translation>Dieses Token ist in keinem Netzwerk zugelassen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Every EdgeWorker ID may use this token.</source>
        <translation>Jede EdgeWorker-ID darf dieses Token verwenden.</translation>
    </message>
    <message>
        <source>Only these EdgeWorker IDs may use this token: %1</source>
        <translation>Nur diese EdgeWorker-IDs dürfen dieses Token verwenden: %1</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>write</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgekv::TokenListLoader</name>
    <message>
        <source>No account is open.</source>
        <translation>Es ist kein Konto geöffnet.</translation>
    </message>
    <message>
        <source>Loading the details of token “%1” was cancelled.</source>
        <translation>Das Laden der Details des Tokens „%1“ wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>edgekv::TokenOperations</name>
    <message>
        <source>Refreshing %1…</source>
        <translation>%1 wird aktualisiert…</translation>
    </message>
    <message>
        <source>EdgeWorkers that use it will no longer be able to read its namespaces.</source>
        <translation>EdgeWorkers, die es verwenden, können seine Namespaces dann nicht mehr lesen.</translation>
    </message>
    <message>
        <source>EdgeWorkers that use it will no longer be able to read %1.</source>
        <translation>EdgeWorkers, die es verwenden, können %1 dann nicht mehr lesen.</translation>
    </message>
    <message>
        <source>Revoke the token %1?

%2 This cannot be undone.</source>
        <translation>Das Token %1 widerrufen?

%2 Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n tokens?</source>
        <translation>
            <numerusform>%n Token widerrufen?</numerusform>
            <numerusform>%n Tokens widerrufen?</numerusform>
        </translation>
    </message>
    <message>
        <source>EdgeWorkers that use them will no longer be able to read their namespaces. This cannot be undone.</source>
        <translation>EdgeWorkers, die sie verwenden, können ihre Namespaces dann nicht mehr lesen. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Revoke Token</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <source>Revoke Tokens</source>
        <translation>Tokens widerrufen</translation>
    </message>
    <message>
        <source>Revoking %1…</source>
        <translation>%1 wird widerrufen…</translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n tokens…</source>
        <translation>
            <numerusform>%n Token wird widerrufen…</numerusform>
            <numerusform>%n Tokens werden widerrufen…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgekv::TokenStatus</name>
    <message>
        <source>Expired yesterday</source>
        <translation>Gestern abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>Expired %n days ago</source>
        <translation>
            <numerusform>Vor %n Tag abgelaufen</numerusform>
            <numerusform>Vor %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Läuft heute ab</translation>
    </message>
    <message>
        <source>Expires tomorrow</source>
        <translation>Läuft morgen ab</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n days</source>
        <translation>
            <numerusform>Läuft in %n Tag ab</numerusform>
            <numerusform>Läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Activation error</source>
        <translation>Aktivierungsfehler</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Expires within weeks</source>
        <translation>Läuft in wenigen Wochen ab</translation>
    </message>
    <message>
        <source>Activating</source>
        <translation>Wird aktiviert</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Auto-refresh</source>
        <translation>Automatisch aktualisiert</translation>
    </message>
    <message>
        <source>Create a replacement token for the same namespaces and export it into the EdgeWorker bundles that use this one.</source>
        <translation>Erstellen Sie ein Ersatz-Token für dieselben Namespaces und exportieren Sie es in die EdgeWorker-Bundles, die dieses Token verwenden.</translation>
    </message>
    <message>
        <source>This token expired yesterday (%1, UTC).</source>
        <translation>Dieses Token ist gestern abgelaufen (%1, UTC).</translation>
    </message>
    <message numerus="yes">
        <source>This token expired %n days ago (%1, UTC).</source>
        <translation>
            <numerusform>Dieses Token ist vor %n Tag abgelaufen (%1, UTC).</numerusform>
            <numerusform>Dieses Token ist vor %n Tagen abgelaufen (%1, UTC).</numerusform>
        </translation>
    </message>
    <message>
        <source>EdgeWorkers that still use it get 401 errors from EdgeKV.</source>
        <translation>EdgeWorkers, die es noch verwenden, erhalten von EdgeKV 401-Fehler.</translation>
    </message>
    <message>
        <source>Expired tokens keep counting toward the account&apos;s token limit for 30 days.</source>
        <translation>Abgelaufene Tokens zählen noch 30 Tage lang zum Token-Limit des Kontos.</translation>
    </message>
    <message>
        <source>This token expires today (%1, UTC); after that, EdgeWorkers that use it get 401 errors from EdgeKV.</source>
        <translation>Dieses Token läuft heute ab (%1, UTC); danach erhalten EdgeWorkers, die es verwenden, von EdgeKV 401-Fehler.</translation>
    </message>
    <message>
        <source>This token expires tomorrow (%1, UTC).</source>
        <translation>Dieses Token läuft morgen ab (%1, UTC).</translation>
    </message>
    <message numerus="yes">
        <source>This token expires in %n days (%1, UTC).</source>
        <translation>
            <numerusform>Dieses Token läuft in %n Tag ab (%1, UTC).</numerusform>
            <numerusform>Dieses Token läuft in %n Tagen ab (%1, UTC).</numerusform>
        </translation>
    </message>
    <message>
        <source>This token does not expire.</source>
        <translation>Dieses Token läuft nicht ab.</translation>
    </message>
    <message>
        <source>This token is valid until %1 (UTC). Nothing to do yet.</source>
        <translation>Dieses Token ist bis %1 (UTC) gültig. Noch ist nichts zu tun.</translation>
    </message>
    <message>
        <source>This token never expires: Akamai refreshes it automatically.</source>
        <translation>Dieses Token läuft nie ab: Akamai aktualisiert es automatisch.</translation>
    </message>
    <message>
        <source>This token never expires: Akamai refreshes it automatically. Next refresh: %1.</source>
        <translation>Dieses Token läuft nie ab: Akamai aktualisiert es automatisch. Nächste Aktualisierung: %1.</translation>
    </message>
    <message>
        <source>This token is still being activated; EdgeWorkers cannot use it yet. Activation usually completes within minutes: refresh the list to check again.</source>
        <translation>Dieses Token wird noch aktiviert; EdgeWorkers können es noch nicht verwenden. Die Aktivierung ist meist innerhalb weniger Minuten abgeschlossen: Aktualisieren Sie die Liste, um erneut nachzusehen.</translation>
    </message>
    <message>
        <source>Activation of this token failed; EdgeWorkers cannot use it. Revoke it and create it again; if that fails too, contact Akamai support.</source>
        <translation>Die Aktivierung dieses Tokens ist fehlgeschlagen; EdgeWorkers können es nicht verwenden. Widerrufen Sie es und erstellen Sie es neu; wenn auch das fehlschlägt, wenden Sie sich an den Akamai-Support.</translation>
    </message>
</context>
<context>
    <name>edgekv::TokenSummary</name>
    <message numerus="yes">
        <source>%n expired</source>
        <translation>
            <numerusform>%n abgelaufen</numerusform>
            <numerusform>%n abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expires today</source>
        <translation>
            <numerusform>%n läuft heute ab</numerusform>
            <numerusform>%n laufen heute ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expire today</source>
        <translation>
            <numerusform>%n läuft heute ab</numerusform>
            <numerusform>%n laufen heute ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expires within 1 day</source>
        <translation>
            <numerusform>%n läuft innerhalb von 1 Tag ab</numerusform>
            <numerusform>%n laufen innerhalb von 1 Tag ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expire within 1 day</source>
        <translation>
            <numerusform>%n läuft innerhalb von 1 Tag ab</numerusform>
            <numerusform>%n laufen innerhalb von 1 Tag ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expires within %1 days</source>
        <translation>
            <numerusform>%n läuft innerhalb von %1 Tagen ab</numerusform>
            <numerusform>%n laufen innerhalb von %1 Tagen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expire within %1 days</source>
        <translation>
            <numerusform>%n läuft innerhalb von %1 Tagen ab</numerusform>
            <numerusform>%n laufen innerhalb von %1 Tagen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activation error</source>
        <translation>
            <numerusform>%n Aktivierungsfehler</numerusform>
            <numerusform>%n Aktivierungsfehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activation errors</source>
        <translation>
            <numerusform>%n Aktivierungsfehler</numerusform>
            <numerusform>%n Aktivierungsfehler</numerusform>
        </translation>
    </message>
    <message>
        <source>No tokens</source>
        <translation>Keine Tokens</translation>
    </message>
    <message>
        <source>Nothing needs attention</source>
        <translation>Nichts braucht Aufmerksamkeit</translation>
    </message>
    <message numerus="yes">
        <source>%n token counts toward the account&apos;s token limit</source>
        <translation>
            <numerusform>%n Token zählt zum Token-Limit des Kontos</numerusform>
            <numerusform>%n Tokens zählen zum Token-Limit des Kontos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tokens count toward the account&apos;s token limit</source>
        <translation>
            <numerusform>%n Token zählt zum Token-Limit des Kontos</numerusform>
            <numerusform>%n Tokens zählen zum Token-Limit des Kontos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgekv::TokenTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Could not load</source>
        <translation>Laden fehlgeschlagen</translation>
    </message>
    <message>
        <source>Loading the token&apos;s namespaces, networks and EdgeWorker IDs…</source>
        <translation>Namespaces, Netzwerke und EdgeWorker-IDs des Tokens werden geladen…</translation>
    </message>
    <message>
        <source>The API does not return the details of an expired legacy token.</source>
        <translation>Die API liefert keine Details zu abgelaufenen Tokens des alten Modells.</translation>
    </message>
    <message>
        <source>The token&apos;s details could not be loaded.</source>
        <translation>Die Details des Tokens konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>The API did not report this.</source>
        <translation>Die API hat dazu keine Angabe gemacht.</translation>
    </message>
    <message>
        <source>%1
UUID: %2</source>
        <translation>%1
UUID: %2</translation>
    </message>
    <message>
        <source>The date the token was first created (UTC).</source>
        <translation>Das Datum, an dem das Token erstmals erstellt wurde (UTC).</translation>
    </message>
    <message>
        <source>The CP code EdgeKV bills this token&apos;s use to.</source>
        <translation>Der CP-Code, dem EdgeKV die Nutzung dieses Tokens in Rechnung stellt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation>Namespaces</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>EdgeWorker IDs</source>
        <translation>EdgeWorker-IDs</translation>
    </message>
    <message>
        <source>CP code</source>
        <translation>CP-Code</translation>
    </message>
    <message>
        <source>The expiry date of legacy tokens; enhanced tokens never expire and show their next automatic refresh.</source>
        <translation>Das Ablaufdatum von Tokens des alten Modells; Tokens des erweiterten Modells laufen nie ab und zeigen ihre nächste automatische Aktualisierung.</translation>
    </message>
    <message>
        <source>Each namespace with its permissions: r read, w write, d delete.</source>
        <translation>Jeder Namespace mit seinen Berechtigungen: r Lesen, w Schreiben, d Löschen.</translation>
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
        <translation>Exit-Codes:
  0  Erfolg. check: Jeder Eintrag ist verwendbar, und keiner läuft innerhalb von --warn-days ab.
  1  Der Vorgang ist fehlgeschlagen: API-Fehler, Netzwerkproblem oder Zeitüberschreitung, Schlüsselbund,
     nicht schreibbare Datei oder nicht bestätigtes Widerrufen. check: nur Warnungen (ein Token läuft
     innerhalb von --warn-days ab, wird noch aktiviert oder ließ sich nicht mit dem Konto prüfen).
  2  Falsche Verwendung oder Konfiguration: unbekannter Befehl oder Option, fehlendes oder ungültiges
     Argument, ein Wert, den die API ablehnen würde, nicht ladbare Zugangsdaten oder revoke ohne --yes,
     wenn stdin kein Terminal ist. check: Etwas ist defekt (abgelaufenes, widerrufenes oder unbekanntes
     Token, unlesbare Token-Datei oder unlesbarer Schlüssel, ein für edgekv.js unbrauchbarer Eintrag).
  Jeder andere Status (etwa 134 nach einem Signal) ist ein Absturz; bitte melden Sie ihn.
</translation>
    </message>
</context>
<context>
    <name>edgekv::cli::AccountsCommand</name>
    <message>
        <source>List, import (from .edgerc into the keychain, or linked) and remove stored accounts.</source>
        <translation>Gespeicherte Konten auflisten, importieren (aus .edgerc in den Schlüsselbund oder verknüpft) und entfernen.</translation>
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
        <translation>Die Konten, die die App anzeigt und --account NAME verwendet.
  list           jedes gespeicherte Konto: Name, Speicherung, Host oder verknüpfte Datei.
  import-edgerc  importiert Abschnitte der Datei aus --edgerc (Standard ~/.edgerc) als Konten
                 gleichen Namens: Client Token, Client Secret und Access Token kommen in den
                 Schlüsselbund des Systems (Secret Service), der Rest in die Einstellungsdatei.
                 Mit --linked werden nur Datei und Abschnitt gespeichert; die Datei wird dann
                 bei jeder Verwendung gelesen. Ohne --section wird jeder Abschnitt importiert.
                 Vorhandene Konten ersetzt nur --replace. AKAMAI_*-Variablen werden ignoriert.
  remove NAME    entfernt das Konto und seinen Schlüsselbund-Eintrag (nie die .edgerc-Datei).</translation>
    </message>
    <message>
        <source>import-edgerc: import this section (repeat for more; default: all).</source>
        <translation>import-edgerc: diesen Abschnitt importieren (für weitere wiederholen; Standard: alle).</translation>
    </message>
    <message>
        <source>import-edgerc: store a link to the file and section, not the secrets.</source>
        <translation>import-edgerc: eine Verknüpfung zu Datei und Abschnitt speichern, nicht die Geheimnisse.</translation>
    </message>
    <message>
        <source>import-edgerc: replace accounts that already have the name.</source>
        <translation>import-edgerc: Konten ersetzen, die den Namen bereits haben.</translation>
    </message>
    <message>
        <source>accounts needs an action: list, import-edgerc or remove NAME.</source>
        <translation>accounts braucht eine Aktion: list, import-edgerc oder remove NAME.</translation>
    </message>
    <message>
        <source>--section, --linked and --replace belong to “accounts import-edgerc”.</source>
        <translation>--section, --linked und --replace gehören zu „accounts import-edgerc“.</translation>
    </message>
    <message>
        <source>accounts list takes no further arguments.</source>
        <translation>accounts list nimmt keine weiteren Argumente an.</translation>
    </message>
    <message>
        <source>accounts import-edgerc takes no further arguments; choose sections with --section.</source>
        <translation>accounts import-edgerc nimmt keine weiteren Argumente an; wählen Sie Abschnitte mit --section.</translation>
    </message>
    <message>
        <source>--section needs a section name.</source>
        <translation>--section braucht einen Abschnittsnamen.</translation>
    </message>
    <message>
        <source>accounts remove needs exactly one account name.</source>
        <translation>accounts remove braucht genau einen Kontonamen.</translation>
    </message>
    <message>
        <source>“%1” is not an accounts action: use list, import-edgerc or remove NAME.</source>
        <translation>„%1“ ist keine Aktion von accounts: Verwenden Sie list, import-edgerc oder remove NAME.</translation>
    </message>
    <message>
        <source>No stored accounts. Import some with “%1 accounts import-edgerc”.</source>
        <translation>Keine gespeicherten Konten. Importieren Sie welche mit „%1 accounts import-edgerc“.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>STORAGE</source>
        <translation>SPEICHERUNG</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>ORT</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>verknüpft</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>%1 has no sections to import.</source>
        <translation>%1 hat keine Abschnitte zum Importieren.</translation>
    </message>
    <message>
        <source>%1 has no section [%2]; its sections are: %3.</source>
        <translation>%1 hat keinen Abschnitt [%2]; vorhandene Abschnitte: %3.</translation>
    </message>
    <message>
        <source>[%1] cannot be an account name: %2</source>
        <translation>[%1] kann kein Kontoname sein: %2</translation>
    </message>
    <message>
        <source>An account named “%1” exists already; add --replace to replace it, or remove it first.</source>
        <translation>Es gibt bereits ein Konto namens „%1“; fügen Sie --replace hinzu, um es zu ersetzen, oder entfernen Sie es zuerst.</translation>
    </message>
    <message>
        <source>[%1]: %2</source>
        <translation>[%1]: %2</translation>
    </message>
    <message>
        <source>The system keychain is unavailable (%1). [%2] and the sections after it were not imported and nothing was written for them; use --linked to keep a link to the file instead.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). [%2] und die folgenden Abschnitte wurden nicht importiert, und für sie wurde nichts geschrieben; verwenden Sie stattdessen --linked, um eine Verknüpfung zur Datei zu speichern.</translation>
    </message>
    <message>
        <source>Linked account “%1” to %2 [%1].</source>
        <translation>Konto „%1“ mit %2 [%1] verknüpft.</translation>
    </message>
    <message>
        <source>Imported account “%1” into the system keychain.</source>
        <translation>Konto „%1“ in den Schlüsselbund des Systems importiert.</translation>
    </message>
    <message>
        <source>There is no stored account named “%1”.</source>
        <translation>Es gibt kein gespeichertes Konto namens „%1“.</translation>
    </message>
    <message>
        <source>Removed account “%1”.</source>
        <translation>Konto „%1“ entfernt.</translation>
    </message>
</context>
<context>
    <name>edgekv::cli::CheckCommand</name>
    <message>
        <source>Check the tokens in a bundle folder, edgekv_tokens.js or bundle .tgz (for CI and cron).</source>
        <translation>Die Tokens in einem Bundle-Ordner, einer edgekv_tokens.js oder einer Bundle-.tgz prüfen (für CI und cron).</translation>
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
        <translation>Prüft jeden Eintrag der Token-Datei von PATH (Bundle-Ordner, edgekv_tokens.js oder Bundle-.tgz).
Defekt: ein abgelaufenes Token, ein dem Konto unbekanntes Token (widerrufen oder aus einem anderen
Konto), eine Referenz, die nicht zum Token gehört, ein einfacher Schlüssel oder ein Eintrag ohne
value und reference (edgekv.js scheitert mit MISSING ACCESS TOKEN), eine fehlende oder nicht
parsbare Token-Datei, eine für reference-Einträge zu alte edgekv.js. Warnungen: ein Token, das
innerhalb von --warn-days abläuft oder noch aktiviert wird, und ein Konto, das nicht abgefragt
werden konnte. Ohne nutzbare Zugangsdaten (oder mit --offline) wird bewertet, was die Datei selbst
aussagt: Werte des alten Modells nach den Claims exp und namespace ihres JWT (die Signatur wird
nicht geprüft), Schlüssel- und Referenzformate; nicht mögliche Prüfungen werden aufgelistet.
Exit-Code 0, wenn alles in Ordnung ist, 1 bei nur Warnungen, 2, wenn etwas defekt ist.</translation>
    </message>
    <message>
        <source>A token that expires within this many days is a warning (default %1).</source>
        <translation>Ein Token, das innerhalb so vieler Tage abläuft, ergibt eine Warnung (Standard: %1).</translation>
    </message>
    <message>
        <source>Do not ask the account; judge the file alone.</source>
        <translation>Das Konto nicht abfragen; nur die Datei bewerten.</translation>
    </message>
    <message>
        <source>check needs a PATH: a bundle folder, an edgekv_tokens.js file or a bundle .tgz.</source>
        <translation>check braucht einen PATH: einen Bundle-Ordner, eine edgekv_tokens.js-Datei oder eine Bundle-.tgz.</translation>
    </message>
    <message>
        <source>check takes one PATH, but %1 arguments were given.</source>
        <translation>check nimmt einen PATH, angegeben wurden aber %1 Argumente.</translation>
    </message>
    <message>
        <source>--warn-days must be a whole number of days from 0 to 3650, not “%1”.</source>
        <translation>--warn-days muss eine ganze Zahl von Tagen zwischen 0 und 3650 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The account was not asked: --offline was given.</source>
        <translation>Das Konto wurde nicht abgefragt: --offline wurde angegeben.</translation>
    </message>
    <message>
        <source>The account was not asked: %1</source>
        <translation>Das Konto wurde nicht abgefragt: %1</translation>
    </message>
    <message>
        <source>The account could not be asked, so revoked or unknown tokens were not detected: %1</source>
        <translation>Das Konto konnte nicht abgefragt werden, daher wurden widerrufene oder unbekannte Tokens nicht erkannt: %1</translation>
    </message>
</context>
<context>
    <name>edgekv::cli::CheckReport</name>
    <message>
        <source>Token file: %1
</source>
        <translation>Token-Datei: %1
</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>ABLAUF</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>in %1 d</source>
        <translation>in %1 Tg.</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>vor %1 Tg.</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <source>Findings:
</source>
        <translation>Befunde:
</translation>
    </message>
    <message>
        <source>Not checked:
</source>
        <translation>Nicht geprüft:
</translation>
    </message>
    <message>
        <source>Result: ok.
</source>
        <translation>Ergebnis: ok.
</translation>
    </message>
    <message>
        <source>Result: warnings (exit code 1).
</source>
        <translation>Ergebnis: Warnungen (Exit-Code 1).
</translation>
    </message>
    <message>
        <source>Result: broken (exit code 2).
</source>
        <translation>Ergebnis: defekt (Exit-Code 2).
</translation>
    </message>
</context>
<context>
    <name>edgekv::cli::CliApplication</name>
    <message>
        <source>%1 %2: EdgeKV access tokens from scripts, CI and monitoring.

</source>
        <translation>%1 %2: EdgeKV-Zugriffstokens für Skripte, CI und Monitoring.

</translation>
    </message>
    <message>
        <source>Usage: %1 [global options] COMMAND [options] [arguments]

</source>
        <translation>Aufruf: %1 [globale Optionen] COMMAND [Optionen] [Argumente]

</translation>
    </message>
    <message>
        <source>Commands:
</source>
        <translation>Befehle:
</translation>
    </message>
    <message>
        <source>Show the help of a command (also: COMMAND --help).</source>
        <translation>Die Hilfe zu einem Befehl anzeigen (auch: COMMAND --help).</translation>
    </message>
    <message>
        <source>Global options (before or after the command):
</source>
        <translation>Globale Optionen (vor oder nach dem Befehl):
</translation>
    </message>
    <message>
        <source>Credentials: the [default] section of ~/.edgerc unless --edgerc, --section or --account say otherwise. As in Akamai&apos;s libraries, AKAMAI_HOST, AKAMAI_CLIENT_TOKEN, AKAMAI_CLIENT_SECRET and AKAMAI_ACCESS_TOKEN (all four) replace the file&apos;s section, AKAMAI_MAX_BODY and AKAMAI_ACCOUNT_KEY apply too, and for another section the prefix is AKAMAI_&lt;SECTION&gt;_.</source>
        <translation>Zugangsdaten: der Abschnitt [default] von ~/.edgerc, sofern --edgerc, --section oder --account nichts anderes angeben. Wie in den Bibliotheken von Akamai ersetzen AKAMAI_HOST, AKAMAI_CLIENT_TOKEN, AKAMAI_CLIENT_SECRET und AKAMAI_ACCESS_TOKEN (alle vier) den Abschnitt der Datei, AKAMAI_MAX_BODY und AKAMAI_ACCOUNT_KEY gelten ebenfalls, und für einen anderen Abschnitt lautet das Präfix AKAMAI_&lt;SECTION&gt;_.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 [global options]

</source>
        <translation>Aufruf: %1 %2 [globale Optionen]

</translation>
    </message>
    <message>
        <source>Options:
</source>
        <translation>Optionen:
</translation>
    </message>
    <message>
        <source>Run “%1” for help.</source>
        <translation>Hilfe erhalten Sie mit „%1“.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>There is no command “%1”.</source>
        <translation>Es gibt keinen Befehl „%1“.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (or cannot be read).</source>
        <translation>%1 enthält kein PEM-Zertifikat (oder ist nicht lesbar).</translation>
    </message>
</context>
<context>
    <name>edgekv::cli::CommandContext</name>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
</context>
<context>
    <name>edgekv::cli::CreateArguments</name>
    <message>
        <source>An empty namespace was given; use --namespace NS=PERMS, e.g. --namespace default=rw.</source>
        <translation>Es wurde ein leerer Namespace angegeben; verwenden Sie --namespace NS=PERMS, z. B. --namespace default=rw.</translation>
    </message>
    <message>
        <source>“%1” is not NS=PERMS: give the namespace and its permissions, e.g. %1=r.</source>
        <translation>„%1“ hat nicht die Form NS=PERMS: Geben Sie den Namespace und seine Berechtigungen an, z. B. %1=r.</translation>
    </message>
    <message>
        <source>“%1” is not a valid namespace name: use 1 to 32 letters, digits, “_” or “-”.</source>
        <translation>„%1“ ist kein gültiger Namespace-Name: Verwenden Sie 1 bis 32 Buchstaben, Ziffern, „_“ oder „-“.</translation>
    </message>
    <message>
        <source>Namespace “%1” is given twice; give it once with all its permissions.</source>
        <translation>Der Namespace „%1“ ist doppelt angegeben; geben Sie ihn einmal mit allen seinen Berechtigungen an.</translation>
    </message>
    <message>
        <source>“%1” is not a date: use YYYY-MM-DD, e.g. %2.</source>
        <translation>„%1“ ist kein Datum: Verwenden Sie YYYY-MM-DD, z. B. %2.</translation>
    </message>
    <message>
        <source>The account has no namespaces on the chosen networks; “edgekv-tokens namespaces” lists them.</source>
        <translation>Das Konto hat in den gewählten Netzwerken keine Namespaces; „edgekv-tokens namespaces“ listet sie auf.</translation>
    </message>
</context>
<context>
    <name>edgekv::cli::CreateCommand</name>
    <message>
        <source>Create a token for namespaces with r/w/d permissions on staging and/or production.</source>
        <translation>Ein Token für Namespaces mit r/w/d-Berechtigungen in Staging und/oder Production erstellen.</translation>
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
        <translation>Erstellt das Token NAME (1 bis 32 Buchstaben, Ziffern, „_“ oder „-“, nicht mit „-“ am Anfang) für
1 bis 20 Namespaces mit je 1 bis 3 der Berechtigungen r (Lesen), w (Schreiben), d (Löschen):
--namespace default=rwd --namespace marketing=r (oder default=rwd,marketing=r). Wählen Sie
mindestens ein Netzwerk. Ohne --expiry erstellt die API ein erweitertes Token, das sich automatisch
aktualisiert; --expiry erstellt ein Token des alten Modells, das an diesem Tag abläuft (frühestens
morgen, spätestens in sechs Monaten). Bis zu 8 numerische --edgeworker-id beschränken das Token auf
diese EdgeWorkers, ohne sie darf es jeder EdgeWorker nutzen. Alles wird vor dem Senden geprüft, auch
ob die Namespaces in den gewählten Netzwerken existieren und dieselbe Datenzugriffsrichtlinie haben.</translation>
    </message>
    <message>
        <source>A namespace and its permissions (letters of rwd). Repeat it or separate with commas.</source>
        <translation>Ein Namespace und seine Berechtigungen (Buchstaben aus rwd). Mehrfach angeben oder mit Kommas trennen.</translation>
    </message>
    <message>
        <source>Allow the token on the staging network.</source>
        <translation>Das Token im Netzwerk Staging erlauben.</translation>
    </message>
    <message>
        <source>Allow the token on the production network.</source>
        <translation>Das Token im Netzwerk Production erlauben.</translation>
    </message>
    <message>
        <source>Create a legacy token that expires on this UTC day.</source>
        <translation>Ein Token des alten Modells erstellen, das an diesem Tag (UTC) abläuft.</translation>
    </message>
    <message>
        <source>Only this EdgeWorker may use the token. Repeat it or separate with commas (at most 8).</source>
        <translation>Nur dieser EdgeWorker darf das Token verwenden. Mehrfach angeben oder mit Kommas trennen (höchstens 8).</translation>
    </message>
    <message>
        <source>Print the JWT value of a created legacy token (a secret).</source>
        <translation>Den JWT-Wert eines erstellten Tokens des alten Modells ausgeben (ein Geheimnis).</translation>
    </message>
    <message>
        <source>create needs the name of the new token.</source>
        <translation>create braucht den Namen des neuen Tokens.</translation>
    </message>
    <message>
        <source>create takes one token name, but “%1” was given; give namespaces with --namespace.</source>
        <translation>create nimmt einen Token-Namen, angegeben wurde aber „%1“; geben Sie Namespaces mit --namespace an.</translation>
    </message>
    <message>
        <source>--expiry needs a date (YYYY-MM-DD).</source>
        <translation>--expiry braucht ein Datum (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The answer to the create request was lost; asking for the token by name showed it had been created.</source>
        <translation>Die Antwort auf die Erstellungsanfrage ging verloren; eine Abfrage des Tokens über seinen Namen hat gezeigt, dass es erstellt wurde.</translation>
    </message>
    <message>
        <source>Created token “%1”.</source>
        <translation>Token „%1“ erstellt.</translation>
    </message>
    <message>
        <source>Next: %1 export --to BUNDLE_FOLDER_OR_TGZ %2</source>
        <translation>Als Nächstes: %1 export --to BUNDLE_FOLDER_OR_TGZ %2</translation>
    </message>
</context>
<context>
    <name>edgekv::cli::CredentialsResolver</name>
    <message>
        <source>No API credentials: %1 does not exist. Pass --edgerc FILE, --account NAME, or set %2HOST, %2CLIENT_TOKEN, %2CLIENT_SECRET and %2ACCESS_TOKEN.</source>
        <translation>Keine API-Zugangsdaten: %1 existiert nicht. Übergeben Sie --edgerc FILE oder --account NAME, oder setzen Sie %2HOST, %2CLIENT_TOKEN, %2CLIENT_SECRET und %2ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>There is no stored account named “%1”; there are none yet (see “accounts import-edgerc”).</source>
        <translation>Es gibt kein gespeichertes Konto namens „%1“; bisher gibt es keine (siehe „accounts import-edgerc“).</translation>
    </message>
    <message>
        <source>There is no stored account named “%1”. Stored accounts: %2.</source>
        <translation>Es gibt kein gespeichertes Konto namens „%1“. Gespeicherte Konten: %2.</translation>
    </message>
</context>
<context>
    <name>edgekv::cli::ExportCommand</name>
    <message>
        <source>Write tokens into edgekv_tokens.js in a bundle folder or a bundle .tgz, merged.</source>
        <translation>Tokens zusammenführend in edgekv_tokens.js in einem Bundle-Ordner oder einer Bundle-.tgz schreiben.</translation>
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
        <translation>Ruft jedes TOKEN über seinen Namen ab und schreibt je abgedecktem Namespace einen Eintrag in
edgekv_tokens.js, Schlüssel &quot;namespace-&lt;ns&gt;&quot; wie von edgekv.js gelesen: {name, value} für Tokens
des alten Modells, {name, reference} (die uuid) für erweiterte. PATH ist ein Bundle-Ordner, eine
edgekv_tokens.js-Datei oder eine Bundle-.tgz (die Datei darin wird ersetzt, alle anderen Einträge
bleiben Byte für Byte erhalten). Einträge anderer Namespaces bleiben unverändert; die der
exportierten Namespaces werden ersetzt, auch wenn sie ein anderes Token nannten. Einfache Schlüssel
der offiziellen CLI werden in &quot;namespace-&lt;ns&gt;&quot; umbenannt. Die Datei wird atomar geschrieben; eine
vorhandene, nicht parsbare Datei wird nur mit --replace-unparseable ersetzt (eine .bak-Kopie bleibt
dann erhalten). Gibt aus, was hinzugefügt, ersetzt, behalten und umbenannt wurde.</translation>
    </message>
    <message>
        <source>The bundle folder, edgekv_tokens.js or bundle .tgz to write.</source>
        <translation>Zu schreibender Bundle-Ordner, edgekv_tokens.js oder Bundle-.tgz.</translation>
    </message>
    <message>
        <source>Replace an existing token file that cannot be parsed, after writing a .bak copy of it.</source>
        <translation>Eine vorhandene, nicht parsbare Token-Datei ersetzen, nachdem eine .bak-Kopie davon geschrieben wurde.</translation>
    </message>
    <message>
        <source>export needs --to PATH: a bundle folder, an edgekv_tokens.js file or a bundle .tgz.</source>
        <translation>export braucht --to PATH: einen Bundle-Ordner, eine edgekv_tokens.js-Datei oder eine Bundle-.tgz.</translation>
    </message>
    <message>
        <source>export needs the names of the tokens to write.</source>
        <translation>export braucht die Namen der zu schreibenden Tokens.</translation>
    </message>
    <message>
        <source>“%1” is not a valid token name: use 1 to 32 letters, digits, “_” or “-”, not starting with “-”.</source>
        <translation>„%1“ ist kein gültiger Token-Name: Verwenden Sie 1 bis 32 Buchstaben, Ziffern, „_“ oder „-“, ohne „-“ am Anfang.</translation>
    </message>
    <message>
        <source>Token “%1” is given twice.</source>
        <translation>Das Token „%1“ ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>The bundle %1 does not exist.</source>
        <translation>Das Bundle %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The API gave no value for legacy token “%1”, so it cannot be written.</source>
        <translation>Die API lieferte keinen Wert für das Token „%1“ (altes Modell), daher kann es nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The API gave no uuid for token “%1”, so it cannot be referenced.</source>
        <translation>Die API lieferte keine uuid für das Token „%1“, daher kann nicht darauf verwiesen werden.</translation>
    </message>
    <message>
        <source>Token “%1” covers no namespace, so there is nothing to write.</source>
        <translation>Das Token „%1“ umfasst keinen Namespace, daher gibt es nichts zu schreiben.</translation>
    </message>
    <message>
        <source>Tokens “%1” and “%2” both cover namespace “%3”, and a bundle holds one token per namespace: export only one of them.</source>
        <translation>Die Tokens „%1“ und „%2“ umfassen beide den Namespace „%3“, ein Bundle enthält aber nur ein Token pro Namespace: Exportieren Sie nur eines davon.</translation>
    </message>
    <message>
        <source>Token “%1”: %2 (%3); EdgeWorkers get 401 errors after that. Create a replacement in time.</source>
        <translation>Token „%1“: %2 (%3); danach erhalten EdgeWorkers 401-Fehler. Erstellen Sie rechtzeitig einen Ersatz.</translation>
    </message>
    <message>
        <source>Token “%1” is still activating: EdgeWorkers cannot use it until its activation is complete.</source>
        <translation>Das Token „%1“ wird noch aktiviert: EdgeWorkers können es erst verwenden, wenn die Aktivierung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The activation of token “%1” failed: EdgeWorkers cannot use it; refresh it or create another.</source>
        <translation>Die Aktivierung des Tokens „%1“ ist fehlgeschlagen: EdgeWorkers können es nicht verwenden; aktualisieren Sie es oder erstellen Sie ein anderes.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Wrote %1:</source>
        <translation>%1 geschrieben:</translation>
    </message>
    <message>
        <source>%1 already holds exactly these entries; nothing was written.</source>
        <translation>%1 enthält bereits genau diese Einträge; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>  The old file could not be parsed (%1); a copy was kept as %2.</source>
        <translation>  Die alte Datei konnte nicht geparst werden (%1); eine Kopie wurde als %2 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>edgekv::cli::GlobalOptions</name>
    <message>
        <source>EdgeGrid credentials file (default ~/.edgerc).</source>
        <translation>Datei mit EdgeGrid-Zugangsdaten (Standard: ~/.edgerc).</translation>
    </message>
    <message>
        <source>Section of the credentials file (default “default”).</source>
        <translation>Abschnitt der Zugangsdatendatei (Standard: „default“).</translation>
    </message>
    <message>
        <source>Use an account stored with “accounts import-edgerc” instead of a credentials file (the AKAMAI_* variables do not apply to it).</source>
        <translation>Ein mit „accounts import-edgerc“ gespeichertes Konto statt einer Zugangsdatendatei verwenden (die AKAMAI_*-Variablen gelten dafür nicht).</translation>
    </message>
    <message>
        <source>Account switch key: act on another account (wins over account_key and AKAMAI_ACCOUNT_KEY).</source>
        <translation>Account Switch Key: in einem anderen Konto arbeiten (hat Vorrang vor account_key und AKAMAI_ACCOUNT_KEY).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (e.g. the local sandbox&apos;s).</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen (z. B. denen der lokalen Sandbox).</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer of the API (default %1). Failed tries are retried up to three times in all.</source>
        <translation>Wartezeit in Sekunden für jede Antwort der API (Standard: %1). Fehlgeschlagene Versuche werden insgesamt bis zu dreimal wiederholt.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON on stdout.</source>
        <translation>Maschinenlesbares JSON auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>Show help for the command and exit.</source>
        <translation>Hilfe zum Befehl anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>--edgerc needs a file name.</source>
        <translation>--edgerc braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>--section needs a section name.</source>
        <translation>--section braucht einen Abschnittsnamen.</translation>
    </message>
    <message>
        <source>--account needs an account name.</source>
        <translation>--account braucht einen Kontonamen.</translation>
    </message>
    <message>
        <source>--account cannot be combined with --edgerc or --section: a stored account already says where its credentials are.</source>
        <translation>--account kann nicht mit --edgerc oder --section kombiniert werden: Ein gespeichertes Konto legt bereits fest, wo seine Zugangsdaten liegen.</translation>
    </message>
    <message>
        <source>--account-key needs an account switch key, e.g. 1-5C0YLB:1-8BYUX.</source>
        <translation>--account-key braucht einen Account Switch Key, z. B. 1-5C0YLB:1-8BYUX.</translation>
    </message>
    <message>
        <source>--ca-cert needs a PEM file.</source>
        <translation>--ca-cert braucht eine PEM-Datei.</translation>
    </message>
    <message>
        <source>--timeout-s must be a whole number of seconds from 1 to 3600, not “%1”.</source>
        <translation>--timeout-s muss eine ganze Zahl von Sekunden zwischen 1 und 3600 sein, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>edgekv::cli::ListCommand</name>
    <message>
        <source>List the account&apos;s tokens with their status, most urgent first.</source>
        <translation>Die Tokens des Kontos mit ihrem Status auflisten, die dringendsten zuerst.</translation>
    </message>
    <message>
        <source>Lists the account&apos;s EdgeKV access tokens, most urgent first: name, status, the expiry date
of legacy tokens or the next refresh of enhanced ones. The API&apos;s list carries no networks or
namespaces: --details fetches every token (8 requests at a time) to show them. With --json,
an array of objects with the API&apos;s field names plus &quot;model&quot;, &quot;status&quot; and &quot;daysLeft&quot;
(null for tokens that never expire).</source>
        <translation>Listet die EdgeKV-Zugriffstokens des Kontos auf, die dringendsten zuerst: Name, Status, das
Ablaufdatum von Tokens des alten Modells bzw. die nächste Aktualisierung erweiterter Tokens.
Die Liste der API enthält keine Netzwerke oder Namespaces: --details ruft dafür jedes Token
einzeln ab (8 Anfragen gleichzeitig). Mit --json ein Array von Objekten mit den Feldnamen der
API sowie &quot;model&quot;, &quot;status&quot; und &quot;daysLeft&quot; (null für Tokens, die nie ablaufen).</translation>
    </message>
    <message>
        <source>Also list legacy tokens that expired less than 30 days ago (they still count toward the account&apos;s token limit).</source>
        <translation>Auch Tokens des alten Modells auflisten, die vor weniger als 30 Tagen abgelaufen sind (sie zählen noch zum Token-Limit des Kontos).</translation>
    </message>
    <message>
        <source>Fetch each token for its networks, namespaces and permissions, EdgeWorker IDs and CP code.</source>
        <translation>Jedes Token einzeln abrufen, um Netzwerke, Namespaces und Berechtigungen, EdgeWorker-IDs und CP-Code anzuzeigen.</translation>
    </message>
    <message>
        <source>list takes no arguments, but “%1” was given.</source>
        <translation>list nimmt keine Argumente an, angegeben wurde aber „%1“.</translation>
    </message>
    <message>
        <source>EdgeKV is not initialized on this account, so it has no tokens yet.</source>
        <translation>EdgeKV ist für dieses Konto nicht initialisiert, daher hat es noch keine Tokens.</translation>
    </message>
    <message>
        <source>No tokens.</source>
        <translation>Keine Tokens.</translation>
    </message>
    <message>
        <source>No tokens (add --include-expired to see recently expired ones).</source>
        <translation>Keine Tokens (fügen Sie --include-expired hinzu, um kürzlich abgelaufene zu sehen).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>EXPIRES / NEXT REFRESH</source>
        <translation>ABLAUF / NÄCHSTE AKTUALISIERUNG</translation>
    </message>
    <message>
        <source>NETWORKS</source>
        <translation>NETZWERKE</translation>
    </message>
    <message>
        <source>NAMESPACES</source>
        <translation>NAMESPACES</translation>
    </message>
    <message>
        <source>(expired: details unavailable)</source>
        <translation>(abgelaufen: Details nicht verfügbar)</translation>
    </message>
    <message>
        <source>(details unavailable)</source>
        <translation>(Details nicht verfügbar)</translation>
    </message>
</context>
<context>
    <name>edgekv::cli::NamespacesCommand</name>
    <message>
        <source>List the namespaces of the staging and production networks.</source>
        <translation>Die Namespaces des Staging- und des Production-Netzwerks auflisten.</translation>
    </message>
    <message>
        <source>Lists the EdgeKV namespaces with the networks they exist on, retention, location, access
group and data access policy (a token can only cover namespaces that share one policy).
Without --network both networks are asked and merged by name.</source>
        <translation>Listet die EdgeKV-Namespaces mit ihren Netzwerken, Aufbewahrung, Standort, Zugriffsgruppe
und Datenzugriffsrichtlinie auf (ein Token kann nur Namespaces mit gleicher Richtlinie abdecken).
Ohne --network werden beide Netzwerke abgefragt und nach Namen zusammengeführt.</translation>
    </message>
    <message>
        <source>Only this network: staging or production.</source>
        <translation>Nur dieses Netzwerk: staging oder production.</translation>
    </message>
    <message>
        <source>namespaces takes no arguments, but “%1” was given.</source>
        <translation>namespaces erwartet keine Argumente, aber „%1“ wurde angegeben.</translation>
    </message>
    <message>
        <source>--network must be staging or production, not “%1”.</source>
        <translation>--network muss staging oder production sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>No namespaces.</source>
        <translation>Keine Namespaces.</translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation>NAMESPACE</translation>
    </message>
    <message>
        <source>NETWORKS</source>
        <translation>NETZWERKE</translation>
    </message>
    <message>
        <source>RETENTION</source>
        <translation>AUFBEWAHRUNG</translation>
    </message>
    <message>
        <source>GEO</source>
        <translation>GEO</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPPE</translation>
    </message>
    <message>
        <source>DATA ACCESS</source>
        <translation>DATENZUGRIFF</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>eingeschränkt</translation>
    </message>
    <message>
        <source>unrestricted</source>
        <translation>uneingeschränkt</translation>
    </message>
</context>
<context>
    <name>edgekv::cli::RefreshCommand</name>
    <message>
        <source>Refresh an enhanced token now, before its scheduled refresh.</source>
        <translation>Ein erweitertes Token jetzt aktualisieren, vor seiner geplanten Aktualisierung.</translation>
    </message>
    <message>
        <source>Refreshes the enhanced token NAME now instead of at its next scheduled refresh. The token
keeps its uuid, so the bundles that reference it need no change. Legacy tokens cannot be
refreshed: create a new one before the old one expires.</source>
        <translation>Aktualisiert das erweiterte Token NAME jetzt statt bei der nächsten geplanten Aktualisierung. Das
Token behält seine uuid, daher müssen Bundles, die darauf verweisen, nicht geändert werden. Tokens
des alten Modells lassen sich nicht aktualisieren: Erstellen Sie ein neues, bevor das alte abläuft.</translation>
    </message>
    <message>
        <source>Refreshed token “%1”.</source>
        <translation>Token „%1“ aktualisiert.</translation>
    </message>
</context>
<context>
    <name>edgekv::cli::RevokeCommand</name>
    <message>
        <source>Revoke a token (asks first; --yes for scripts).</source>
        <translation>Ein Token widerrufen (fragt zuerst nach; --yes für Skripte).</translation>
    </message>
    <message>
        <source>Revokes the token NAME. EdgeWorkers whose bundle still carries it get 401 errors from
EdgeKV, and it cannot be undone. On a terminal you are asked to confirm (y/N). When stdin is
not a terminal, --yes is required; without it nothing is revoked and the exit code is 2.</source>
        <translation>Widerruft das Token NAME. EdgeWorkers, deren Bundle es noch enthält, erhalten dann 401-Fehler von
EdgeKV; das kann nicht rückgängig gemacht werden. In einem Terminal werden Sie um Bestätigung (y/N)
gebeten. Ist stdin kein Terminal, ist --yes erforderlich; sonst wird nichts widerrufen (Exit-Code 2).</translation>
    </message>
    <message>
        <source>Revoke without asking.</source>
        <translation>Ohne Rückfrage widerrufen.</translation>
    </message>
    <message>
        <source>Not revoking “%1”: stdin is not a terminal, so nobody can confirm. Add --yes to revoke it.</source>
        <translation>„%1“ wird nicht widerrufen: stdin ist kein Terminal, daher kann niemand bestätigen. Fügen Sie --yes hinzu, um es zu widerrufen.</translation>
    </message>
    <message>
        <source>Revoke token “%1”? EdgeWorkers still using it will get 401 errors. [y/N] </source>
        <translation>Token „%1“ widerrufen? EdgeWorkers, die es noch verwenden, erhalten dann 401-Fehler. [y/N] </translation>
    </message>
    <message>
        <source>Token “%1” was not revoked.</source>
        <translation>Token „%1“ wurde nicht widerrufen.</translation>
    </message>
    <message>
        <source>Token “%1” is revoked (it was already gone when the request was retried).</source>
        <translation>Token „%1“ ist widerrufen (es war bereits entfernt, als die Anfrage wiederholt wurde).</translation>
    </message>
    <message>
        <source>Revoked token “%1” (uuid %2).</source>
        <translation>Token „%1“ widerrufen (uuid %2).</translation>
    </message>
</context>
<context>
    <name>edgekv::cli::ShowCommand</name>
    <message>
        <source>Show one token: networks, namespaces, dates (its JWT value only with --reveal).</source>
        <translation>Ein Token anzeigen: Netzwerke, Namespaces, Daten (seinen JWT-Wert nur mit --reveal).</translation>
    </message>
    <message>
        <source>Shows every field of the token NAME. The JWT value of a legacy token is a secret: it is
printed only with --reveal (also in the JSON, as &quot;value&quot;). Enhanced tokens have no value;
the bundle refers to them by their uuid.</source>
        <translation>Zeigt alle Felder des Tokens NAME. Der JWT-Wert eines Tokens des alten Modells ist ein Geheimnis:
Er wird nur mit --reveal ausgegeben (auch im JSON, als &quot;value&quot;). Erweiterte Tokens haben keinen
Wert; das Bundle verweist über ihre uuid auf sie.</translation>
    </message>
    <message>
        <source>Also print the JWT value of a legacy token (a secret).</source>
        <translation>Auch den JWT-Wert eines Tokens des alten Modells ausgeben (ein Geheimnis).</translation>
    </message>
    <message>
        <source>%1 needs the name of a token.</source>
        <translation>%1 erwartet den Namen eines Tokens.</translation>
    </message>
    <message>
        <source>%1 takes one token name, but %2 arguments were given.</source>
        <translation>%1 erwartet einen Token-Namen, aber es wurden %2 Argumente angegeben.</translation>
    </message>
    <message>
        <source>“%1” is not a valid token name: use 1 to 32 letters, digits, “_” or “-”, not starting with “-”.</source>
        <translation>„%1“ ist kein gültiger Token-Name: Verwenden Sie 1 bis 32 Buchstaben, Ziffern, „_“ oder „-“, nicht mit „-“ am Anfang.</translation>
    </message>
</context>
<context>
    <name>edgekv::cli::TokenOutput</name>
    <message>
        <source>staging, production</source>
        <translation>staging, production</translation>
    </message>
    <message>
        <source>staging</source>
        <translation>staging</translation>
    </message>
    <message>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>refresh %1</source>
        <translation>Aktualisierung %1</translation>
    </message>
    <message>
        <source>auto-refresh</source>
        <translation>automatisch aktualisiert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>legacy (expires; the bundle holds its JWT value)</source>
        <translation>alt (läuft ab; das Bundle enthält seinen JWT-Wert)</translation>
    </message>
    <message>
        <source>enhanced (refreshes automatically; the bundle holds its uuid as reference)</source>
        <translation>erweitert (aktualisiert sich automatisch; das Bundle enthält seine UUID als Referenz)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Next refresh</source>
        <translation>Nächste Aktualisierung</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation>Namespaces</translation>
    </message>
    <message>
        <source>EdgeWorker IDs</source>
        <translation>EdgeWorker-IDs</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>CP code</source>
        <translation>CP-Code</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>hidden (add --reveal to print the JWT)</source>
        <translation>verborgen (mit --reveal wird das JWT ausgegeben)</translation>
    </message>
    <message>
        <source>kept forever</source>
        <translation>unbegrenzt aufbewahrt</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>EdgercFile</name>
    <message numerus="yes">
        <source>Ignored %n line(s) outside any [section], the first on line %1.</source>
        <translation>
            <numerusform>Ignored %n line outside any [section], the first on line %1.</numerusform>
            <numerusform>Ignored %n lines outside any [section], the first on line %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgekv::AccountsDialog</name>
    <message numerus="yes">
        <source>Imported %n account(s): %1.</source>
        <translation>
            <numerusform>Imported %n account: %1.</numerusform>
            <numerusform>Imported %n accounts: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgekv::BundleCheckDialog</name>
    <message numerus="yes">
        <source>%n problem breaks the bundle</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems break the bundle</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgekv::BundleChecker</name>
    <message numerus="yes">
        <source>Token %1 expires on %2, in %n day(s) (%3).</source>
        <translation>
            <numerusform>Token %1 expires on %2, in %n day (%3).</numerusform>
            <numerusform>Token %1 expires on %2, in %n days (%3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgekv::ConnectionTester</name>
    <message numerus="yes">
        <source>The account has %n EdgeKV token(s)</source>
        <translation>
            <numerusform>The account has %n EdgeKV token</numerusform>
            <numerusform>The account has %n EdgeKV tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n expired)</source>
        <translation>
            <numerusform> (%n expired)</numerusform>
            <numerusform> (%n expired)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgekv::EdgercImportDialog</name>
    <message numerus="yes">
        <source>%n section(s) cannot be imported:</source>
        <translation>
            <numerusform>%n section cannot be imported:</numerusform>
            <numerusform>%n sections cannot be imported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) were not imported because the system keychain is unavailable. Nothing was written.</source>
        <translation>
            <numerusform>%n section was not imported because the system keychain is unavailable. Nothing was written.</numerusform>
            <numerusform>%n sections were not imported because the system keychain is unavailable. Nothing was written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgekv::ExpiryNotifier</name>
    <message numerus="yes">
        <source>%n EdgeKV tokens need attention</source>
        <translation>
            <numerusform>%n EdgeKV token needs attention</numerusform>
            <numerusform>%n EdgeKV tokens need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgekv::ExportDialog</name>
    <message numerus="yes">
        <source>Ready: Export writes the entry of %n namespace. Nothing is written before that.</source>
        <translation>
            <numerusform>Ready: Export writes the entry of %n namespace. Nothing is written before that.</numerusform>
            <numerusform>Ready: Export writes the entries of %n namespaces. Nothing is written before that.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready: Export writes the entries of %n namespaces. Nothing is written before that.</source>
        <translation>
            <numerusform>Ready: Export writes the entry of %n namespace. Nothing is written before that.</numerusform>
            <numerusform>Ready: Export writes the entries of %n namespaces. Nothing is written before that.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n namespace into %1.</source>
        <translation>
            <numerusform>Exported %n namespace into %1.</numerusform>
            <numerusform>Exported %n namespaces into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n namespaces into %1.</source>
        <translation>
            <numerusform>Exported %n namespace into %1.</numerusform>
            <numerusform>Exported %n namespaces into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading the details of %n token…</source>
        <translation>
            <numerusform>Loading the details of %n token…</numerusform>
            <numerusform>Loading the details of %n tokens…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading the details of %n tokens…</source>
        <translation>
            <numerusform>Loading the details of %n token…</numerusform>
            <numerusform>Loading the details of %n tokens…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgekv::ExportPreview</name>
    <message numerus="yes">
        <source>  … %n unchanged lines</source>
        <translation>
            <numerusform>  … %n unchanged line</numerusform>
            <numerusform>  … %n unchanged lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgekv::FirstRunPanel</name>
    <message numerus="yes">
        <source>Use the API clients you already have: %n section(s) in %1.</source>
        <translation>
            <numerusform>Use the API clients you already have: %n section in %1.</numerusform>
            <numerusform>Use the API clients you already have: %n sections in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgekv::MainWindow</name>
    <message numerus="yes">
        <source>Updated; the details of %n token(s) could not be loaded.</source>
        <translation>
            <numerusform>Updated; the details of %n token could not be loaded.</numerusform>
            <numerusform>Updated; the details of %n tokens could not be loaded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgekv::TokenFormatter</name>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgekv::TokenOperations</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n tokens?</source>
        <translation>
            <numerusform>Revoke %n token?</numerusform>
            <numerusform>Revoke %n tokens?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n tokens…</source>
        <translation>
            <numerusform>Revoking %n token…</numerusform>
            <numerusform>Revoking %n tokens…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgekv::TokenStatus</name>
    <message numerus="yes">
        <source>Expired %n days ago</source>
        <translation>
            <numerusform>Expired %n day ago</numerusform>
            <numerusform>Expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n days</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This token expired %n days ago (%1, UTC).</source>
        <translation>
            <numerusform>This token expired %n day ago (%1, UTC).</numerusform>
            <numerusform>This token expired %n days ago (%1, UTC).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This token expires in %n days (%1, UTC).</source>
        <translation>
            <numerusform>This token expires in %n day (%1, UTC).</numerusform>
            <numerusform>This token expires in %n days (%1, UTC).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgekv::TokenSummary</name>
    <message numerus="yes">
        <source>%n expired</source>
        <translation>
            <numerusform>%n expired</numerusform>
            <numerusform>%n expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expires today</source>
        <translation>
            <numerusform>%n expires today</numerusform>
            <numerusform>%n expire today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expire today</source>
        <translation>
            <numerusform>%n expires today</numerusform>
            <numerusform>%n expire today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expires within 1 day</source>
        <translation>
            <numerusform>%n expires within 1 day</numerusform>
            <numerusform>%n expire within 1 day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expire within 1 day</source>
        <translation>
            <numerusform>%n expires within 1 day</numerusform>
            <numerusform>%n expire within 1 day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expires within %1 days</source>
        <translation>
            <numerusform>%n expires within %1 days</numerusform>
            <numerusform>%n expire within %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expire within %1 days</source>
        <translation>
            <numerusform>%n expires within %1 days</numerusform>
            <numerusform>%n expire within %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activation error</source>
        <translation>
            <numerusform>%n activation error</numerusform>
            <numerusform>%n activation errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activation errors</source>
        <translation>
            <numerusform>%n activation error</numerusform>
            <numerusform>%n activation errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token counts toward the account&apos;s token limit</source>
        <translation>
            <numerusform>%n token counts toward the account&apos;s token limit</numerusform>
            <numerusform>%n tokens count toward the account&apos;s token limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tokens count toward the account&apos;s token limit</source>
        <translation>
            <numerusform>%n token counts toward the account&apos;s token limit</numerusform>
            <numerusform>%n tokens count toward the account&apos;s token limit</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
<context>
    <name>AbsenceModel</name>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Fravær</source>
        <translation>Absence</translation>
    </message>
</context>
<context>
    <name>AggregateWorker</name>
    <message>
        <source>Kunne ikke lese eller skrive {path}: {why}.</source>
        <translation>Could not read or write {path}: {why}.</translation>
    </message>
    <message>
        <source>En fil kunne ikke leses eller skrives: {why}.</source>
        <translation>A file could not be read or written: {why}.</translation>
    </message>
    <message>
        <source>Samlingsfilen {path} kunne ikke brukes ({detail}); er den åpen i et annet program?</source>
        <translation>The collection file {path} could not be used ({detail}); is it open in another program?</translation>
    </message>
    <message>
        <source>Samlingen stoppet på grunn av en uventet feil; ingenting fra denne kjøringen er lagret.</source>
        <translation>Collecting stopped because of an unexpected error; nothing from this run has been saved.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Måneden er {state}; endringer: {count}.</source>
        <translation>The month is {state}; changes: {count}.</translation>
    </message>
    <message>
        <source>Endringslogg</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>&amp;Måned:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>Måned</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>MM.yyyy</source>
        <translation>MM.yyyy</translation>
    </message>
    <message>
        <source>Endringer i måneden</source>
        <translation>Changes in the month</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Endring</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>ny</source>
        <translation>new</translation>
    </message>
    <message>
        <source>endret</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>slettet</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>(slettet med brukeren)</source>
        <translation>(erased with the client)</translation>
    </message>
    <message>
        <source>dato</source>
        <translation>date</translation>
    </message>
    <message>
        <source>minutter</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>kode</source>
        <translation>code</translation>
    </message>
    <message>
        <source>andre felt</source>
        <translation>other fields</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>sikkerhetskopien</source>
        <translation>the backup</translation>
    </message>
    <message>
        <source>Sikkerhetskopien kunne ikke tas: {error}</source>
        <translation>The backup could not be made: {error}</translation>
    </message>
    <message>
        <source>Sikkerhetskopien er tatt.</source>
        <translation>The backup has been made.</translation>
    </message>
    <message>
        <source>Gjenopprett</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Erstatte dagens data med sikkerhetskopien fra {taken}? Dagens database tas vare på som egen sikkerhetskopi først, så ingenting går tapt.</source>
        <translation>Replace today&apos;s data with the backup from {taken}? Today&apos;s database is first kept as a backup of its own, so nothing is lost.</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Gjenopprettet fra {taken}; den forrige databasen ligger øverst i listen, og filene dens er tatt vare på urørt i {folder}.</source>
        <translation>Restored from {taken}; the previous database is at the top of the list, and its files are kept untouched in {folder}.</translation>
    </message>
    <message>
        <source>Sikkerhetskopier</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>rehablogg tar en sikkerhetskopi hver dag ved oppstart, før oppgraderinger, gjenoppretting og innlevering. Den nyeste gode kopien slettes aldri.</source>
        <translation>rehablogg makes a backup every day at start-up, and before upgrades, restores and submissions. The newest good copy is never deleted.</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Ta sikkerhetskopi nå</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>&amp;Ta sikkerhetskopi nå</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Gjenopprett valgt</source>
        <translation>Restore selected</translation>
    </message>
    <message>
        <source>&amp;Gjenopprett valgt …</source>
        <translation>&amp;Restore selected …</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Tatt</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Anledning</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <source>Registreringer</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Størrelse</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>daglig</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>manuell</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>før oppgradering</source>
        <translation>before upgrade</translation>
    </message>
    <message>
        <source>før gjenoppretting</source>
        <translation>before restore</translation>
    </message>
    <message>
        <source>før innlevering</source>
        <translation>before submission</translation>
    </message>
    <message>
        <source>skadet</source>
        <translation>damaged</translation>
    </message>
</context>
<context>
    <name>CarePathway</name>
    <message>
        <source>Egen kommune</source>
        <translation>Own municipality</translation>
    </message>
    <message>
        <source>Interkommunalt samarbeid</source>
        <translation>Inter-municipal cooperation</translation>
    </message>
    <message>
        <source>Kjøpt av brukerens kommune</source>
        <translation>Purchased by the client&apos;s municipality</translation>
    </message>
    <message>
        <source>Barnehage/skole</source>
        <translation>Kindergarten/school</translation>
    </message>
    <message>
        <source>Bolig</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Hjelpemidler</source>
        <translation>Assistive devices</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>IP/koordinator</source>
        <translation>Individual plan/coordinator</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>noe</source>
        <translation>some</translation>
    </message>
    <message>
        <source>mye</source>
        <translation>a lot</translation>
    </message>
</context>
<context>
    <name>ClientEditDialog</name>
    <message>
        <source>Kommuneforslag</source>
        <translation>Municipality suggestions</translation>
    </message>
    <message>
        <source>Ny bruker</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>lages når brukeren lagres</source>
        <translation>made when the client is saved</translation>
    </message>
    <message>
        <source>&amp;Fødselsnummer:</source>
        <translation>National identity n&amp;umber:</translation>
    </message>
    <message>
        <source>Fødselsnummer eller D-nummer</source>
        <translation>National identity number or D number</translation>
    </message>
    <message>
        <source>11 sifre; lagres ikke</source>
        <translation>11 digits; not saved</translation>
    </message>
    <message>
        <source>Piloten kobler pseudonymer: nummeret gir samme pseudonym hos alle terapeutene i piloten. Nummeret lagres ikke. Uten nummer får brukeren et pseudonym som ikke kobles.</source>
        <translation>The pilot links pseudonyms: the number gives the same pseudonym with every therapist in the pilot. The number is not saved. Without a number, the client gets a pseudonym that is not linked.</translation>
    </message>
    <message>
        <source>Rediger bruker</source>
        <translation>Edit client</translation>
    </message>
    <message>
        <source>navnet er slettet</source>
        <translation>the name has been erased</translation>
    </message>
    <message>
        <source>Skriv et navn eller kallenavn du kjenner brukeren igjen på.</source>
        <translation>Type a name or nickname you will recognise the client by.</translation>
    </message>
    <message>
        <source>Bruker</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Navnet blir bare på denne maskinen. Eksportene bruker pseudonymet.</source>
        <translation>The name stays on this computer only. Exports use the pseudonym.</translation>
    </message>
    <message>
        <source>&amp;Navn (lokalt)</source>
        <translation>&amp;Name (local)</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>For eksempel Ola N. eller et kallenavn</source>
        <translation>For example Ola N. or a nickname</translation>
    </message>
    <message>
        <source>&amp;Fødselsår</source>
        <translation>&amp;Birth year</translation>
    </message>
    <message>
        <source>Fødselsår</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>ukjent</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>&amp;Tjeneste</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>Tjeneste</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Bo&amp;stedskommune</source>
        <translation>Home &amp;municipality</translation>
    </message>
    <message>
        <source>Bostedskommune</source>
        <translation>Home municipality</translation>
    </message>
    <message>
        <source>Kommunen brukeren bor i. La feltet stå tomt når det er din egen kommune (den i profilen).</source>
        <translation>The municipality the client lives in. Leave the field empty when it is your own municipality (the one in the profile).</translation>
    </message>
    <message>
        <source>Tom = egen kommune; søk nummer eller navn</source>
        <translation>Empty = own municipality; search by number or name</translation>
    </message>
    <message>
        <source>Tjenestef&amp;orm</source>
        <translation>A&amp;rrangement</translation>
    </message>
    <message>
        <source>Tjenesteform</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <source>Hvordan tjenesten når brukeren: fra din egen kommune, i et interkommunalt samarbeid eller kjøpt av brukerens kommune.</source>
        <translation>How the service reaches the client: from your own municipality, through inter-municipal cooperation, or purchased by the client&apos;s municipality.</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Har individuell plan</source>
        <translation>Has an individual plan</translation>
    </message>
    <message>
        <source>Har &amp;individuell plan (IP)</source>
        <translation>Has an &amp;individual plan (IP)</translation>
    </message>
    <message>
        <source>Har koordinator</source>
        <translation>Has a coordinator</translation>
    </message>
    <message>
        <source>Har &amp;koordinator</source>
        <translation>Has a &amp;coordinator</translation>
    </message>
    <message>
        <source>Har barnekoordinator</source>
        <translation>Has a child coordinator</translation>
    </message>
    <message>
        <source>Har &amp;barnekoordinator</source>
        <translation>Has a c&amp;hild coordinator</translation>
    </message>
    <message>
        <source>Jeg er koordinator</source>
        <translation>I am the coordinator</translation>
    </message>
    <message>
        <source>&amp;Jeg er koordinator</source>
        <translation>I &amp;am the coordinator</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>Måned</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Direkte</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Indirekte</source>
        <translation>Indirect</translation>
    </message>
    <message>
        <source>Annet</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Registreringer</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Henvist</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Henvist fra</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Oppstart</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Slutt</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Sluttårsak</source>
        <translation>Reason for ending</translation>
    </message>
    <message>
        <source>Ventetid (dager)</source>
        <translation>Waiting time (days)</translation>
    </message>
    <message>
        <source>Opphold</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <source>Vurdert</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>(navn slettet)</source>
        <translation>(name erased)</translation>
    </message>
    <message>
        <source>Brukerside – {name}</source>
        <translation>Client page – {name}</translation>
    </message>
    <message>
        <source>født {year} ({group})</source>
        <translation>born {year} ({group})</translation>
    </message>
    <message>
        <source>fødselsår ukjent</source>
        <translation>birth year unknown</translation>
    </message>
    <message>
        <source>bor i {municipality}</source>
        <translation>lives in {municipality}</translation>
    </message>
    <message>
        <source>Behov fremover vurderes for barn og unge: brukere som fyller under {limit} år i år (regnet fra fødselsåret).</source>
        <translation>Needs ahead are assessed for children and young people: clients who will be under {limit} at their birthday this year (counted from the year of birth).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Påminnelse:&lt;/b&gt; {sentence}</source>
        <translation>&lt;b&gt;Reminder:&lt;/b&gt; {sentence}</translation>
    </message>
    <message>
        <source>Slette forløpet henvist {day}? Registreringene blir stående.</source>
        <translation>Delete the episode of care referred on {day}? The entries are kept.</translation>
    </message>
    <message>
        <source>Slett forløp</source>
        <translation>Delete episode of care</translation>
    </message>
    <message>
        <source>Slette behovsvurderingen fra {day}?</source>
        <translation>Delete the needs assessment from {day}?</translation>
    </message>
    <message>
        <source>Slett behovsvurdering</source>
        <translation>Delete needs assessment</translation>
    </message>
    <message>
        <source>Slett</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Brukerside</source>
        <translation>Client page</translation>
    </message>
    <message>
        <source>Bruker</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Påminnelse</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>&amp;Tid og registreringer</source>
        <translation>&amp;Time and entries</translation>
    </message>
    <message>
        <source>Tid per måned og kategori</source>
        <translation>Time per month and category</translation>
    </message>
    <message>
        <source>Registreringer for brukeren</source>
        <translation>The client&apos;s entries</translation>
    </message>
    <message>
        <source>&amp;Forløp og behov</source>
        <translation>&amp;Episodes and needs</translation>
    </message>
    <message>
        <source>Fo&amp;rløp</source>
        <translation>Episo&amp;des of care</translation>
    </message>
    <message>
        <source>Hvert forløp går fra henvisningen til slutten. Ventetiden er dagene fra henvisningen til første direkte kontakt som er registrert.</source>
        <translation>Each episode of care runs from the referral to the end. The waiting time is the number of days from the referral to the first recorded direct contact.</translation>
    </message>
    <message>
        <source>Forløp for brukeren</source>
        <translation>The client&apos;s episodes of care</translation>
    </message>
    <message>
        <source>&amp;Nytt forløp …</source>
        <translation>&amp;New episode of care …</translation>
    </message>
    <message>
        <source>Nytt forløp</source>
        <translation>New episode of care</translation>
    </message>
    <message>
        <source>&amp;Endre forløp …</source>
        <translation>Ed&amp;it episode of care …</translation>
    </message>
    <message>
        <source>Endre valgt forløp</source>
        <translation>Edit the selected episode of care</translation>
    </message>
    <message>
        <source>Slett forløp …</source>
        <translation>Delete episode of care …</translation>
    </message>
    <message>
        <source>Slett valgt forløp</source>
        <translation>Delete the selected episode of care</translation>
    </message>
    <message>
        <source>&amp;Behov fremover</source>
        <translation>Needs a&amp;head</translation>
    </message>
    <message>
        <source>Behov fremover vurderes for barn og unge: brukere som fyller under 26 år i år (regnet fra fødselsåret).</source>
        <translation>Needs ahead are assessed for children and young people: clients who will be under 26 at their birthday this year (counted from the year of birth).</translation>
    </message>
    <message>
        <source>Behovsvurderinger, nyeste først</source>
        <translation>Needs assessments, newest first</translation>
    </message>
    <message>
        <source>&amp;Vurder behov …</source>
        <translation>&amp;Assess needs …</translation>
    </message>
    <message>
        <source>Ny behovsvurdering</source>
        <translation>New needs assessment</translation>
    </message>
    <message>
        <source>Endre v&amp;urdering …</source>
        <translation>Edit assess&amp;ment …</translation>
    </message>
    <message>
        <source>Endre valgt behovsvurdering</source>
        <translation>Edit the selected needs assessment</translation>
    </message>
    <message>
        <source>Slett vurdering …</source>
        <translation>Delete assessment …</translation>
    </message>
    <message>
        <source>Slett valgt behovsvurdering</source>
        <translation>Delete the selected needs assessment</translation>
    </message>
</context>
<context>
    <name>ClientsDialog</name>
    <message>
        <source>Slett navn og notater</source>
        <translation>Erase name and notes</translation>
    </message>
    <message>
        <source>Slett for godt</source>
        <translation>Erase for good</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Navnet og notatene er slettet, men et annet program leser databasen akkurat nå, så gamle kopier ligger fortsatt i databasens loggfil (-wal); lukk det andre programmet og trykk Prøv igjen, ellers fjernes de neste gang brukerregisteret åpnes.</source>
        <translation>The name and notes have been erased, but another program is reading the database right now, so old copies are still in the database&apos;s log file (-wal); close the other program and press Try again, otherwise they are removed the next time the client register is opened.</translation>
    </message>
    <message>
        <source>Prøv igjen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Senere</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Navnet «{label}» og alle notater på brukerens registreringer (også gruppetimer) slettes for godt: fra registreringene, fra endringsloggen (notater og begrunnelser), der navnet står i andre notater, og fra selve databasefilen, loggfilen og de ledige sidene. Registreringene, minuttene, fødselsåret og pseudonymet {pseudonym} blir stående, så tallene fortsatt stemmer. Sikkerhetskopier tatt før slettingen har fortsatt navnet til de roteres bort (innen et år), og det samme gjelder kopier du har tatt selv.</source>
        <translation>The name “{label}” and all notes on the client&apos;s entries (group sessions too) are erased for good: from the entries, from the change log (notes and reasons), wherever the name appears in other notes, and from the database file itself, its log file and its free pages. The entries, minutes, birth year and the pseudonym {pseudonym} stay, so the figures still add up. Backups made before the erasure keep the name until they are rotated out (within a year), and the same goes for copies you have made yourself.</translation>
    </message>
    <message>
        <source>Brukerregister</source>
        <translation>Client register</translation>
    </message>
    <message>
        <source>&amp;Søk:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Søk i brukere</source>
        <translation>Search clients</translation>
    </message>
    <message>
        <source>Navn eller pseudonym</source>
        <translation>Name or pseudonym</translation>
    </message>
    <message>
        <source>Vis avsluttede og slettede</source>
        <translation>Show closed and erased</translation>
    </message>
    <message>
        <source>Vis &amp;avsluttede</source>
        <translation>Show &amp;closed</translation>
    </message>
    <message>
        <source>Brukere</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Ny bruker</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>&amp;Ny bruker</source>
        <translation>&amp;New client</translation>
    </message>
    <message>
        <source>Rediger bruker</source>
        <translation>Edit client</translation>
    </message>
    <message>
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Brukerside</source>
        <translation>Client page</translation>
    </message>
    <message>
        <source>Brukers&amp;ide</source>
        <translation>Client &amp;page</translation>
    </message>
    <message>
        <source>Avslutt eller gjenåpne</source>
        <translation>Close or reopen</translation>
    </message>
    <message>
        <source>Avslutt / &amp;gjenåpne</source>
        <translation>Close / &amp;reopen</translation>
    </message>
    <message>
        <source>S&amp;lett navn og notater …</source>
        <translation>Er&amp;ase name and notes …</translation>
    </message>
</context>
<context>
    <name>ClientsModel</name>
    <message>
        <source>Habilitering</source>
        <translation>Habilitation</translation>
    </message>
    <message>
        <source>Rehabilitering</source>
        <translation>Rehabilitation</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Født</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Aldersgruppe</source>
        <translation>Age group</translation>
    </message>
    <message>
        <source>Tjeneste</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Koordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Barnekoord.</source>
        <translation>Child coord.</translation>
    </message>
    <message>
        <source>Jeg er koord.</source>
        <translation>I coordinate</translation>
    </message>
    <message>
        <source>Registreringer</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Påminnelse</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>slettet</source>
        <translation>erased</translation>
    </message>
    <message>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <source>avsluttet</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>(navn slettet)</source>
        <translation>(name erased)</translation>
    </message>
</context>
<context>
    <name>CodesWindow</name>
    <message>
        <source>{count} koder</source>
        <translation>{count} codes</translation>
    </message>
    <message>
        <source>1 kode</source>
        <translation>1 code</translation>
    </message>
    <message>
        <source>Ingen kode passer søket.</source>
        <translation>No code matches the search.</translation>
    </message>
    <message>
        <source>Koder</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>&amp;Søk:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Søk i kodene</source>
        <translation>Search the codes</translation>
    </message>
    <message>
        <source>Kode, navn eller ord i beskrivelsen</source>
        <translation>Code, name or a word in the description</translation>
    </message>
    <message>
        <source>Antall treff</source>
        <translation>Number of matches</translation>
    </message>
    <message>
        <source>Beskrivelse av koden</source>
        <translation>Description of the code</translation>
    </message>
    <message>
        <source>&amp;Bruk koden</source>
        <translation>&amp;Use the code</translation>
    </message>
    <message>
        <source>Sett koden inn i registreringsskjemaet (Enter)</source>
        <translation>Put the code into the entry form (Enter)</translation>
    </message>
</context>
<context>
    <name>CouncilReport</name>
    <message>
        <source>(uten pilotfil)</source>
        <translation>(no pilot file)</translation>
    </message>
    <message>
        <source>i alt</source>
        <translation>total</translation>
    </message>
    <message>
        <source>kommune</source>
        <translation>municipality</translation>
    </message>
    <message>
        <source>Ingen diagram: alle tallene i tabellen er 0 eller skjult (:).</source>
        <translation>No chart: every figure in the table is 0 or hidden (:).</translation>
    </message>
    <message>
        <source>Skjulte tall (:) er ikke tegnet i diagrammet; tabellen under viser hva som er skjult.</source>
        <translation>Hidden figures (:) are not drawn in the chart; the table below shows what is hidden.</translation>
    </message>
    <message>
        <source>Rapport til kommunestyret</source>
        <translation>Report to the municipal council</translation>
    </message>
    <message>
        <source>Pilot: {pilot} · periode: {period} · laget {made} · terskel for små tall: {threshold}</source>
        <translation>Pilot: {pilot} · period: {period} · made {made} · threshold for small counts: {threshold}</translation>
    </message>
    <message>
        <source>Nøkkeltall</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>verdi</source>
        <translation>value</translation>
    </message>
    <message>
        <source>kommuner</source>
        <translation>municipalities</translation>
    </message>
    <message>
        <source>terapeuter</source>
        <translation>therapists</translation>
    </message>
    <message>
        <source>godtatte månedsinnleveringer</source>
        <translation>accepted monthly submissions</translation>
    </message>
    <message>
        <source>timer i alt</source>
        <translation>hours in total</translation>
    </message>
    <message>
        <source>timer direkte brukertid</source>
        <translation>hours of direct client time</translation>
    </message>
    <message>
        <source>timer indirekte brukertid</source>
        <translation>hours of indirect client time</translation>
    </message>
    <message>
        <source>andel direkte av direkte + indirekte</source>
        <translation>direct share of direct + indirect</translation>
    </message>
    <message>
        <source>Om tallene</source>
        <translation>About the figures</translation>
    </message>
    <message>
        <source>Rapporten viser bare tall per kommune, aldri per terapeut eller bruker. Tallene er de samme som i sammendraget fra samlingen (arkene Oversikt, Koordinering, Modeller og Deling – …). Tabeller med antall personer følger regelen for deling med pilotens terskel, {threshold}:</source>
        <translation>The report shows figures per municipality only, never per therapist or client. The figures are the same as in the summary from the collection (the sheets Oversikt, Koordinering, Modeller and Deling – …). Tables with numbers of people follow the rule for sharing, with the pilot&apos;s threshold of {threshold}:</translation>
    </message>
    <message>
        <source>Direkte og indirekte tid etter kommune</source>
        <translation>Direct and indirect time by municipality</translation>
    </message>
    <message>
        <source>Timer etter kategori</source>
        <translation>Hours by category</translation>
    </message>
    <message>
        <source>direkte</source>
        <translation>direct</translation>
    </message>
    <message>
        <source>indirekte</source>
        <translation>indirect</translation>
    </message>
    <message>
        <source>annet</source>
        <translation>other</translation>
    </message>
    <message>
        <source>timer</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>direkte (timer)</source>
        <translation>direct (hours)</translation>
    </message>
    <message>
        <source>indirekte (timer)</source>
        <translation>indirect (hours)</translation>
    </message>
    <message>
        <source>annet (timer)</source>
        <translation>other (hours)</translation>
    </message>
    <message>
        <source>i alt (timer)</source>
        <translation>total (hours)</translation>
    </message>
    <message>
        <source>Ingen brukere i denne perioden.</source>
        <translation>No clients in this period.</translation>
    </message>
    <message>
        <source>brukere</source>
        <translation>clients</translation>
    </message>
    <message>
        <source>Timer per årsverk</source>
        <translation>Hours per FTE</translation>
    </message>
    <message>
        <source>Førte timer delt på årsverk-måneder (stillingsprosent / 100 for hver måned med innlevering): timer per årsverk per måned.</source>
        <translation>Hours logged divided by FTE-months (position percentage / 100 for each month with a submission): hours per FTE per month.</translation>
    </message>
    <message>
        <source>Timer per årsverk per måned</source>
        <translation>Hours per FTE per month</translation>
    </message>
    <message>
        <source>timer per årsverk per måned</source>
        <translation>hours per FTE per month</translation>
    </message>
    <message>
        <source>årsverk-måneder</source>
        <translation>FTE-months</translation>
    </message>
    <message>
        <source>Koordineringsbelastning</source>
        <translation>Coordination workload</translation>
    </message>
    <message>
        <source>Timer ført på koordineringskodene ({codes}) per kommune, og deres andel av all tid.</source>
        <translation>Hours logged on the coordination codes ({codes}) per municipality, and their share of all time.</translation>
    </message>
    <message>
        <source>Koordineringstimer etter kode</source>
        <translation>Coordination hours by code</translation>
    </message>
    <message>
        <source>{code} (t)</source>
        <translation>{code} (h)</translation>
    </message>
    <message>
        <source>koord. i alt (t)</source>
        <translation>coord. total (h)</translation>
    </message>
    <message>
        <source>all tid (t)</source>
        <translation>all time (h)</translation>
    </message>
    <message>
        <source>andel</source>
        <translation>share</translation>
    </message>
    <message>
        <source>Takstmodeller side om side</source>
        <translation>Tariff models side by side</translation>
    </message>
    <message>
        <source>Ingen takstfil var med i samlingen (--tariffs); modellene kan ikke sammenlignes.</source>
        <translation>No tariff file was included in the collection (--tariffs); the models cannot be compared.</translation>
    </message>
    <message>
        <source>Takstene er eksempelverdier, ikke vedtatte satser: beløpene viser bare hvordan modellene regner.</source>
        <translation>The tariffs are example values, not adopted rates: the amounts only show how the models calculate.</translation>
    </message>
    <message>
        <source>Utbetalt etter modell</source>
        <translation>Paid out by model</translation>
    </message>
    <message>
        <source>utbetalt</source>
        <translation>paid out</translation>
    </message>
    <message>
        <source>kroner</source>
        <translation>kroner</translation>
    </message>
    <message>
        <source>modell</source>
        <translation>model</translation>
    </message>
    <message>
        <source>registreringer</source>
        <translation>entries</translation>
    </message>
    <message>
        <source>betalt</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>brutto før tak</source>
        <translation>gross before cap</translation>
    </message>
    <message>
        <source>avkortet av tak</source>
        <translation>cut by cap</translation>
    </message>
    <message>
        <source>differanse mot {model}</source>
        <translation>difference from {model}</translation>
    </message>
    <message>
        <source>Utbetalt per kommune</source>
        <translation>Paid out per municipality</translation>
    </message>
    <message>
        <source>Brukere og tid etter kommune og tjeneste</source>
        <translation>Clients and time by municipality and service</translation>
    </message>
    <message>
        <source>Hver bruker telles én gang: i kommunen der mest av tiden med brukeren er ført, med alle sine minutter.</source>
        <translation>Each client is counted once: in the municipality where most of the time with the client is logged, with all of their minutes.</translation>
    </message>
    <message>
        <source>Intensitet nådd</source>
        <translation>Intensity target met</translation>
    </message>
    <message>
        <source>Brukere etter om pilotens mål for direkte tid per uke i tjenesten er nådd.</source>
        <translation>Clients by whether the pilot&apos;s target for direct time per week in the service has been met.</translation>
    </message>
    <message>
        <source>Sommerbrudd</source>
        <translation>Summer gaps</translation>
    </message>
    <message>
        <source>Brukere med kontakt både før og etter sommeren: hvor mange som mistet kontakten i sommerukene.</source>
        <translation>Clients with contact both before and after the summer: how many lost contact during the summer weeks.</translation>
    </message>
    <message>
        <source>Overganger framover</source>
        <translation>Upcoming transitions</translation>
    </message>
    <message>
        <source>Brukere som fyller 6, 16 eller 18 år de neste årene, og timene som er ført på planlegging av overgangen (I12) for dem.</source>
        <translation>Clients who turn 6, 16 or 18 in the coming years, and the hours logged on planning their transition (I12).</translation>
    </message>
    <message>
        <source>Ventetid og forløp</source>
        <translation>Waiting times and episodes of care</translation>
    </message>
    <message>
        <source>Dager fra henvisning til første direkte kontakt per kommune: median og 75-persentil (tre av fire fikk kontakt innen så mange dager). Skjult (:) for kommuner med færre enn {smallest} forløp.</source>
        <translation>Days from referral to first direct contact per municipality: median and 75th percentile (three in four had contact within that many days). Hidden (:) for municipalities with fewer than {smallest} episodes of care.</translation>
    </message>
    <message>
        <source>median (dager)</source>
        <translation>median (days)</translation>
    </message>
    <message>
        <source>75-persentil (dager)</source>
        <translation>75th percentile (days)</translation>
    </message>
    <message>
        <source>Avsluttede forløp</source>
        <translation>Ended episodes of care</translation>
    </message>
    <message>
        <source>Forløp avsluttet i perioden etter årsak, og timene brukt i dem (indirekte gruppearbeid delt likt mellom brukerne det gjaldt).</source>
        <translation>Episodes of care ended in the period by reason, and the hours spent in them (indirect group work shared equally between the clients concerned).</translation>
    </message>
    <message>
        <source>Tjenester over kommunegrensen</source>
        <translation>Services across municipal boundaries</translation>
    </message>
    <message>
        <source>Brukere etter kommunen som gir tjenesten og om de bor i en annen kommune (interkommunalt samarbeid, kjøp eller egen tjeneste).</source>
        <translation>Clients by the municipality providing the service and whether they live in another municipality (inter-municipal cooperation, purchased or own service).</translation>
    </message>
    <message>
        <source>Behov framover</source>
        <translation>Needs ahead</translation>
    </message>
    <message>
        <source>Barn og unge med behov for tilrettelagt barnehage/skole (året de fyller 6), bolig (året de fyller 18) og annet etter bostedskommune og år.</source>
        <translation>Children and young people who need adapted nursery/school provision (the year they turn 6), housing (the year they turn 18) and other support, by home municipality and year.</translation>
    </message>
    <message>
        <source>side {n} av {total}</source>
        <translation>page {n} of {total}</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>{field}: «{text}» er ikke en dato; skriv den som dd.mm.åååå, for eksempel 03.02.2026.</source>
        <translation>{field}: “{text}” is not a date; write it as dd.mm.yyyy, for example 03.02.2026.</translation>
    </message>
</context>
<context>
    <name>DaysModel</name>
    <message>
        <source>Direkte</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Indirekte</source>
        <translation>Indirect</translation>
    </message>
    <message>
        <source>Annet</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Reise</source>
        <translation>Travel</translation>
    </message>
    <message>
        <source>Sum uten reise</source>
        <translation>Total excluding travel</translation>
    </message>
    <message>
        <source>Sum for uka</source>
        <translation>Total for the week</translation>
    </message>
    <message>
        <source> (helligdag)</source>
        <translation> (public holiday)</translation>
    </message>
    <message>
        <source> (fravær)</source>
        <translation> (absence)</translation>
    </message>
    <message>
        <source>Fridag</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>Arbeidsdag</source>
        <translation>Working day</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Bruker(e)</source>
        <translation>Client(s)</translation>
    </message>
    <message>
        <source>Arena</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Kontaktform</source>
        <translation>Contact mode</translation>
    </message>
    <message>
        <source>Parter</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Reise</source>
        <translation>Travel</translation>
    </message>
    <message>
        <source>Helligdag: {name}</source>
        <translation>Public holiday: {name}</translation>
    </message>
    <message>
        <source>Fravær: {kind}</source>
        <translation>Absence: {kind}</translation>
    </message>
    <message>
        <source>Ingen registreringer</source>
        <translation>No entries</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Ny registrering</source>
        <translation>New entry</translation>
    </message>
    <message>
        <source>{code} er nå favoritt.</source>
        <translation>{code} is now a favourite.</translation>
    </message>
    <message>
        <source>{code} er ikke favoritt.</source>
        <translation>{code} is not a favourite.</translation>
    </message>
    <message>
        <source>Rediger registrering</source>
        <translation>Edit entry</translation>
    </message>
    <message>
        <source>Ny registrering (kopi)</source>
        <translation>New entry (copy)</translation>
    </message>
    <message>
        <source>Søk og legg til brukere (Enter), tom + Enter for å gå videre</source>
        <translation>Search and add clients (Enter), empty + Enter to move on</translation>
    </message>
    <message>
        <source>Søk på bruker</source>
        <translation>Search for a client</translation>
    </message>
    <message>
        <source>Koden gjelder ingen bruker</source>
        <translation>The code is for no client</translation>
    </message>
    <message>
        <source>Valgt: {names}</source>
        <translation>Chosen: {names}</translation>
    </message>
    <message>
        <source>{warning} Trykk Enter igjen for å lagre.</source>
        <translation>{warning} Press Enter again to save.</translation>
    </message>
    <message>
        <source>Skriv minuttene, for eksempel 45, 1:30 eller 1,5t.</source>
        <translation>Type the minutes, for example 45, 1:30 or 1.5h.</translation>
    </message>
    <message>
        <source>Starttid skrives tt:mm, for eksempel 08:30, eller la feltet stå tomt.</source>
        <translation>Write the start time as hh:mm, for example 08:30, or leave the field empty.</translation>
    </message>
    <message>
        <source>Ingen kode passer «{typed}»; velg fra listen.</source>
        <translation>No code matches “{typed}”; choose from the list.</translation>
    </message>
    <message>
        <source>Velg en kode.</source>
        <translation>Choose a code.</translation>
    </message>
    <message>
        <source>Registrering</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>font-weight: bold;</source>
        <translation>font-weight: bold;</translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;Kode</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Søk på kode eller navn</source>
        <translation>Search by code or name</translation>
    </message>
    <message>
        <source>Kodeforslag</source>
        <translation>Code suggestions</translation>
    </message>
    <message>
        <source>Valgt kode</source>
        <translation>Chosen code</translation>
    </message>
    <message>
        <source>Kodehjelp</source>
        <translation>Code help</translation>
    </message>
    <message>
        <source>Br&amp;uker(e)</source>
        <translation>Cl&amp;ient(s)</translation>
    </message>
    <message>
        <source>Bruker</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Brukerforslag</source>
        <translation>Client suggestions</translation>
    </message>
    <message>
        <source>Valgte brukere</source>
        <translation>Chosen clients</translation>
    </message>
    <message>
        <source>&amp;Minutter</source>
        <translation>&amp;Minutes</translation>
    </message>
    <message>
        <source>Minutter</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>90, 1:30 eller 1,5t</source>
        <translation>90, 1:30 or 1.5h</translation>
    </message>
    <message>
        <source>15 minutter</source>
        <translation>15 minutes</translation>
    </message>
    <message>
        <source>15</source>
        <translation>15</translation>
    </message>
    <message>
        <source>30 minutter</source>
        <translation>30 minutes</translation>
    </message>
    <message>
        <source>30</source>
        <translation>30</translation>
    </message>
    <message>
        <source>45 minutter</source>
        <translation>45 minutes</translation>
    </message>
    <message>
        <source>45</source>
        <translation>45</translation>
    </message>
    <message>
        <source>60 minutter</source>
        <translation>60 minutes</translation>
    </message>
    <message>
        <source>60</source>
        <translation>60</translation>
    </message>
    <message>
        <source>90 minutter</source>
        <translation>90 minutes</translation>
    </message>
    <message>
        <source>90</source>
        <translation>90</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Starttid</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>tt:mm (valgfritt)</source>
        <translation>hh:mm (optional)</translation>
    </message>
    <message>
        <source>K&amp;ontaktform</source>
        <translation>Co&amp;ntact mode</translation>
    </message>
    <message>
        <source>Kontaktform</source>
        <translation>Contact mode</translation>
    </message>
    <message>
        <source>&amp;Arena</source>
        <translation>Settin&amp;g</translation>
    </message>
    <message>
        <source>Arena</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Samarbe&amp;idsparter</source>
        <translation>&amp;Partners</translation>
    </message>
    <message>
        <source>R&amp;eiseminutter</source>
        <translation>Travel min&amp;utes</translation>
    </message>
    <message>
        <source>&amp;Notat (lokalt)</source>
        <translation>Note (&amp;local)</translation>
    </message>
    <message>
        <source>Samarbeidsparter</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>&amp;Gruppestørrelse</source>
        <translation>Group si&amp;ze</translation>
    </message>
    <message>
        <source>Gruppestørrelse</source>
        <translation>Group size</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Reiseminutter</source>
        <translation>Travel minutes</translation>
    </message>
    <message>
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Blir på denne maskinen</source>
        <translation>Stays on this computer</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Avbryt (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>&amp;Lagre (Enter)</source>
        <translation>S&amp;ave (Enter)</translation>
    </message>
</context>
<context>
    <name>EpisodeDialog</name>
    <message>
        <source>Lagre (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <source>Lagre forløpet</source>
        <translation>Save the episode of care</translation>
    </message>
    <message>
        <source>Avbryt (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Avbryt uten å lagre</source>
        <translation>Cancel without saving</translation>
    </message>
    <message>
        <source>Legg til et opphold</source>
        <translation>Add a pause</translation>
    </message>
    <message>
        <source>Nytt forløp</source>
        <translation>New episode of care</translation>
    </message>
    <message>
        <source>Endre forløp</source>
        <translation>Change episode of care</translation>
    </message>
    <message>
        <source>dd.mm.åååå – tom om det varer</source>
        <translation>dd.mm.yyyy – empty if it is ongoing</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Opphold {n} fra</source>
        <translation>Pause {n} from</translation>
    </message>
    <message>
        <source>Opphold {n} til</source>
        <translation>Pause {n} to</translation>
    </message>
    <message>
        <source>Opphold {n} type</source>
        <translation>Pause {n} type</translation>
    </message>
    <message>
        <source>Fjern opphold {n}</source>
        <translation>Remove pause {n}</translation>
    </message>
    <message>
        <source>Henvist</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Skriv datoen henvisningen kom, som dd.mm.åååå.</source>
        <translation>Type the date the referral came in, as dd.mm.yyyy.</translation>
    </message>
    <message>
        <source>Oppstart</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Slutt</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Skriv datoen opphold {n} begynte, eller fjern raden.</source>
        <translation>Type the date pause {n} began, or remove the row.</translation>
    </message>
    <message>
        <source>Forløp</source>
        <translation>Episode of care</translation>
    </message>
    <message>
        <source>&amp;Henvist</source>
        <translation>&amp;Referred</translation>
    </message>
    <message>
        <source>Henvisningsdato</source>
        <translation>Referral date</translation>
    </message>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Datoen henvisningen kom inn. Ventetiden regnes fra denne datoen til første direkte kontakt.</source>
        <translation>The date the referral came in. The waiting time is counted from this date to the first direct contact.</translation>
    </message>
    <message>
        <source>Henvist &amp;fra</source>
        <translation>Referred &amp;by</translation>
    </message>
    <message>
        <source>Henvist fra</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>&amp;Oppstart</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Oppstartsdato</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>dd.mm.åååå – tom til tjenesten er i gang</source>
        <translation>dd.mm.yyyy – empty until the service has started</translation>
    </message>
    <message>
        <source>&amp;Slutt</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <source>Sluttdato</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>dd.mm.åååå – tom mens forløpet pågår</source>
        <translation>dd.mm.yyyy – empty while the episode of care is ongoing</translation>
    </message>
    <message>
        <source>Sluttå&amp;rsak</source>
        <translation>Reason for en&amp;ding</translation>
    </message>
    <message>
        <source>Sluttårsak</source>
        <translation>Reason for ending</translation>
    </message>
    <message>
        <source>Opphold i forløpet</source>
        <translation>Pauses in the episode of care</translation>
    </message>
    <message>
        <source>Tidsrom da tjenesten hviler av en kjent grunn, for eksempel innleggelse eller intensiv trening et annet sted. Et opphold kan også ligge i ventetiden.</source>
        <translation>Periods when the service is paused for a known reason, for example a hospital admission or intensive training elsewhere. A pause can also fall within the waiting time.</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Ingen opphold.</source>
        <translation>No pauses.</translation>
    </message>
    <message>
        <source>Legg til o&amp;pphold</source>
        <translation>Add a &amp;pause</translation>
    </message>
</context>
<context>
    <name>EpisodesModel</name>
    <message>
        <source>Første direkte kontakt {day}</source>
        <translation>First direct contact {day}</translation>
    </message>
    <message>
        <source>Ingen direkte kontakt er registrert i forløpet ennå.</source>
        <translation>No direct contact has been recorded in the episode of care yet.</translation>
    </message>
    <message>
        <source>pågår</source>
        <translation>ongoing</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Måned</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>ISO-uke</source>
        <translation>ISO week</translation>
    </message>
    <message>
        <source>Fritt tidsrom</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <source>Excel (xlsx)</source>
        <translation>Excel (xlsx)</translation>
    </message>
    <message>
        <source>CSV (bare visning)</source>
        <translation>CSV (for viewing only)</translation>
    </message>
    <message>
        <source>(settes når filen skrives)</source>
        <translation>(set when the file is written)</translation>
    </message>
    <message>
        <source>Levert som korreksjon nr. {n}: {name} (eksport-ID {id}, erstatter {replaces}).</source>
        <translation>Submitted as correction no. {n}: {name} (export ID {id}, replaces {replaces}).</translation>
    </message>
    <message>
        <source>Levert: {name} (eksport-ID {id}).</source>
        <translation>Submitted: {name} (export ID {id}).</translation>
    </message>
    <message>
        <source>Måneden er uendret siden innleveringen; {name} er skrevet på nytt med samme eksport-ID {id}.</source>
        <translation>The month is unchanged since it was submitted; {name} was written again with the same export ID {id}.</translation>
    </message>
    <message>
        <source>Eksportert (ikke levert): {name} (eksport-ID {id}).</source>
        <translation>Exported (not submitted): {name} (export ID {id}).</translation>
    </message>
    <message>
        <source>Eksportert: {name} (registreringer: {count}).</source>
        <translation>Exported: {name} (entries: {count}).</translation>
    </message>
    <message>
        <source>Lever &amp;inn</source>
        <translation>S&amp;ubmit</translation>
    </message>
    <message>
        <source>&amp;Eksporter</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Lever inn før måneden er &amp;slutt ({left} av {total} arbeidsdager gjenstår)</source>
        <translation>Submit before the month is &amp;over ({left} of {total} working days remain)</translation>
    </message>
    <message>
        <source>Måneden er ikke slutt før {last}; kryss av for å levere den før måneden er slutt, eller vent til den er over.</source>
        <translation>The month does not end until {last}; tick to submit it before the month has ended, or wait until it is over.</translation>
    </message>
    <message>
        <source>CSV-filen har ingen metadata.</source>
        <translation>The CSV file has no metadata.</translation>
    </message>
    <message>
        <source>Kontroll ({count})</source>
        <translation>Check ({count})</translation>
    </message>
    <message>
        <source>Kontroll (ingen funn)</source>
        <translation>Check (nothing found)</translation>
    </message>
    <message>
        <source>Velg mappe</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <source>Mappen {folder} finnes ikke; opprett den eller velg en annen.</source>
        <translation>The folder {folder} does not exist; create it or choose another.</translation>
    </message>
    <message>
        <source>Innleveringen er stoppet, og ingenting er levert: {fault}</source>
        <translation>The submission was stopped, and nothing was submitted: {fault}</translation>
    </message>
    <message>
        <source>Sikkerhetskopien før innleveringen kunne ikke tas ({reason}); ingenting er levert.</source>
        <translation>The backup before the submission could not be made ({reason}); nothing was submitted.</translation>
    </message>
    <message>
        <source>Eksporter eller lever inn</source>
        <translation>Export or submit</translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>til</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Lever inn måneden (låser den; senere endringer krever begrunnelse)</source>
        <translation>&amp;Submit the month (locks it; later changes need a reason)</translation>
    </message>
    <message>
        <source>Lever inn før måneden er &amp;slutt</source>
        <translation>Submit before the month is &amp;over</translation>
    </message>
    <message>
        <source>Ta med &amp;notater</source>
        <translation>Include &amp;notes</translation>
    </message>
    <message>
        <source>Notater kan identifisere personer; ta dem bare med når mottakeren skal ha dem.</source>
        <translation>Notes can identify people; include them only when the recipient is meant to have them.</translation>
    </message>
    <message>
        <source>Lagre i &amp;mappe:</source>
        <translation>Save in fol&amp;der:</translation>
    </message>
    <message>
        <source>Mappe</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>&amp;Bla gjennom …</source>
        <translation>&amp;Browse …</translation>
    </message>
    <message>
        <source>Filnavn:</source>
        <translation>File name:</translation>
    </message>
    <message>
        <source>Kontroll</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Dobbeltklikk eller trykk Enter på et funn for å gå til dagen.</source>
        <translation>Double-click or press Enter on a finding to go to that day.</translation>
    </message>
    <message>
        <source>Funn i kontrollen</source>
        <translation>Findings of the check</translation>
    </message>
    <message>
        <source>Registreringer</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Registreringer som eksporteres</source>
        <translation>Entries that are exported</translation>
    </message>
    <message>
        <source>Deltakere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Deltakere som eksporteres</source>
        <translation>Participants that are exported</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <source>Metadata som eksporteres</source>
        <translation>Metadata that is exported</translation>
    </message>
</context>
<context>
    <name>JournalTemplateDialog</name>
    <message>
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <source>Mal for journaltekst</source>
        <translation>Journal text template</translation>
    </message>
    <message>
        <source>Språk for journaltekst</source>
        <translation>Language of the journal text</translation>
    </message>
    <message>
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Mal</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>&amp;Mal:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>Ta med &amp;brukernavn</source>
        <translation>Include the &amp;client&apos;s name</translation>
    </message>
    <message>
        <source>Plassholdere: {names}. Tomme felt og kommaene rundt dem tas bort.</source>
        <translation>Placeholders: {names}. Empty fields and the commas around them are removed.</translation>
    </message>
    <message>
        <source>Forhåndsvisning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Forhåndsvisning (et oppdiktet eksempel):</source>
        <translation>Preview (a made-up example):</translation>
    </message>
    <message>
        <source>S&amp;tandardmal</source>
        <translation>&amp;Default template</translation>
    </message>
</context>
<context>
    <name>JournalText</name>
    <message>
        <source>Kopier &amp;journaltekst</source>
        <translation>Copy &amp;journal text</translation>
    </message>
    <message>
        <source>Legger en kort, nøytral linje per valgt registrering på utklippstavlen, klar til å lime inn i journalen eller IP-verktøyet</source>
        <translation>Puts one short, neutral line per selected entry on the clipboard, ready to paste into the patient record or the IP tool</translation>
    </message>
    <message>
        <source>Ta med &amp;brukernavn i journalteksten</source>
        <translation>Include the client&apos;s na&amp;me in the journal text</translation>
    </message>
    <message>
        <source>Mal for journaltekst…</source>
        <translation>Journal text template…</translation>
    </message>
    <message>
        <source>Velg en eller flere registreringer i listen først.</source>
        <translation>Select one or more entries in the list first.</translation>
    </message>
    <message>
        <source>Journaltekst kopiert (1 linje).</source>
        <translation>Journal text copied (1 line).</translation>
    </message>
    <message>
        <source>Journaltekst kopiert ({n} linjer).</source>
        <translation>Journal text copied ({n} lines).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Lagre registreringen (i skjemaet)</source>
        <translation>Save the entry (in the form)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Avbryt og tøm skjemaet</source>
        <translation>Cancel and clear the form</translation>
    </message>
    <message>
        <source>Pil opp/ned</source>
        <translation>Arrow up/down</translation>
    </message>
    <message>
        <source>Bla i kode- eller brukerforslagene</source>
        <translation>Move through the code or client suggestions</translation>
    </message>
    <message>
        <source>Enter i forslagslisten</source>
        <translation>Enter in the suggestion list</translation>
    </message>
    <message>
        <source>Velg koden eller brukeren og gå videre</source>
        <translation>Choose the code or client and move on</translation>
    </message>
    <message>
        <source>Tilbake i tomt brukerfelt</source>
        <translation>Backspace in an empty client field</translation>
    </message>
    <message>
        <source>Fjern sist valgte bruker</source>
        <translation>Remove the last chosen client</translation>
    </message>
    <message>
        <source>Enter i tomt brukerfelt</source>
        <translation>Enter in an empty client field</translation>
    </message>
    <message>
        <source>Ferdig med brukerne (gruppe), gå til minutter</source>
        <translation>Done with the clients (group), go to minutes</translation>
    </message>
    <message>
        <source>Enter i listen</source>
        <translation>Enter in the list</translation>
    </message>
    <message>
        <source>Rediger valgt registrering</source>
        <translation>Edit the selected entry</translation>
    </message>
    <message>
        <source>Samle innleveringene fra terapeutene i en pilot og skriv sammendraget</source>
        <translation>Collect the submissions from the therapists in a pilot and write the summary</translation>
    </message>
    <message>
        <source>&amp;Språk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Gjelder når rehablogg startes på nytt</source>
        <translation>Applies when rehablogg is restarted</translation>
    </message>
    <message>
        <source>Språket er endret til {name}. Det gjelder når rehablogg startes på nytt.</source>
        <translation>The language is changed to {name}. It applies when rehablogg is restarted.</translation>
    </message>
    <message>
        <source>Ctrl+Z i et felt</source>
        <translation>Ctrl+Z in a field</translation>
    </message>
    <message>
        <source>Angre skrivingen i feltet; når feltet ikke har mer å angre: angre siste lagring, endring eller sletting</source>
        <translation>Undo the typing in the field; when the field has nothing more to undo: undo the last save, change or deletion</translation>
    </message>
    <message>
        <source>Arbeids&amp;benk for pilotleder …</source>
        <translation>Pilot lead&apos;s &amp;workbench …</translation>
    </message>
    <message>
        <source>&amp;Les kvittering …</source>
        <translation>&amp;Read receipt …</translation>
    </message>
    <message>
        <source>Les kvitteringen fra pilotlederen: hvilke måneder er godkjent, og hvilke er returnert med en årsak</source>
        <translation>Read the receipt from the pilot lead: which months are approved, and which have been returned with a reason</translation>
    </message>
    <message>
        <source>&amp;Importer kalender …</source>
        <translation>&amp;Import calendar …</translation>
    </message>
    <message>
        <source>Foreslå registreringer fra møtene i en kalenderfil (.ics) fra Outlook eller EPJ</source>
        <translation>Suggest entries from the meetings in a calendar file (.ics) from Outlook or the patient record system (EPJ)</translation>
    </message>
    <message>
        <source>Kopier forrige &amp;uke …</source>
        <translation>Copy last &amp;week …</translation>
    </message>
    <message>
        <source>Foreslå forrige ukes registreringer for uka som vises</source>
        <translation>Suggest last week&apos;s entries for the week shown</translation>
    </message>
    <message>
        <source>Ra&amp;pporter</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>Min tid…</source>
        <translation>My time…</translation>
    </message>
    <message>
        <source>Angret: {change}.</source>
        <translation>Undone: {change}.</translation>
    </message>
    <message>
        <source>Gjort om: {change}.</source>
        <translation>Redone: {change}.</translation>
    </message>
    <message>
        <source>Ingen registrering å gjenta ennå.</source>
        <translation>No entry to repeat yet.</translation>
    </message>
    <message>
        <source>Velg en kode i skjemaet først.</source>
        <translation>Choose a code in the form first.</translation>
    </message>
    <message>
        <source>Duplisert.</source>
        <translation>Duplicated.</translation>
    </message>
    <message>
        <source>Kopier til dag</source>
        <translation>Copy to day</translation>
    </message>
    <message>
        <source>Kopier registreringen til:</source>
        <translation>Copy the entry to:</translation>
    </message>
    <message>
        <source>Kopiert til {date}.</source>
        <translation>Copied to {date}.</translation>
    </message>
    <message>
        <source>Slett registrering</source>
        <translation>Delete entry</translation>
    </message>
    <message>
        <source>Slettet. Angre med Ctrl+Z.</source>
        <translation>Deleted. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Lagret.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Registreringen finnes ikke lenger; lagre den som ny.</source>
        <translation>The entry no longer exists; save it as a new one.</translation>
    </message>
    <message>
        <source>Ikke lagret: måneden er levert, og endringen trenger en begrunnelse.</source>
        <translation>Not saved: the month has been submitted, and the change needs a reason.</translation>
    </message>
    <message>
        <source>Endre registrering</source>
        <translation>Change entry</translation>
    </message>
    <message>
        <source>Endret.</source>
        <translation>Changed.</translation>
    </message>
    <message>
        <source>Ikke lagret: måneden er levert, og en ny registrering der trenger en begrunnelse.</source>
        <translation>Not saved: the month has been submitted, and a new entry in it needs a reason.</translation>
    </message>
    <message>
        <source>Ny registrering</source>
        <translation>New entry</translation>
    </message>
    <message>
        <source>Velg en registrering i listen først.</source>
        <translation>Select an entry in the list first.</translation>
    </message>
    <message>
        <source>Levert måned</source>
        <translation>Submitted month</translation>
    </message>
    <message>
        <source>{month} er levert. Skriv hvorfor du endrer den (kommer i endringsloggen):</source>
        <translation>{month} has been submitted. Write why you are changing it (goes into the change log):</translation>
    </message>
    <message>
        <source>Du er med i piloten {name}.</source>
        <translation>You have joined the pilot {name}.</translation>
    </message>
    <message>
        <source>Brukeren er lagt til.</source>
        <translation>The client has been added.</translation>
    </message>
    <message>
        <source>Velg kode (og bruker) i skjemaet først, og trykk Ctrl+T igjen.</source>
        <translation>Choose a code (and client) in the form first, then press Ctrl+T again.</translation>
    </message>
    <message>
        <source>Tidtakeren går. Stopp med Ctrl+T.</source>
        <translation>The timer is running. Stop it with Ctrl+T.</translation>
    </message>
    <message>
        <source>Første del er lagret.</source>
        <translation>The first part has been saved.</translation>
    </message>
    <message>
        <source>Tidtakeren er stoppet: sjekk skjemaet og lagre med Enter.</source>
        <translation>The timer has stopped: check the form and save with Enter.</translation>
    </message>
    <message>
        <source>Registreringen er lagret, men tidtakeren kunne ikke nullstilles; fjern den med Tidtaker → Forkast stoppet tidtaker.</source>
        <translation>The entry is saved, but the timer could not be reset; remove it with Timer → Discard stopped timer.</translation>
    </message>
    <message>
        <source>Tidtakerens tid er ikke lagret. Ctrl+T henter den fram igjen; Tidtaker → Forkast stoppet tidtaker fjerner den.</source>
        <translation>The timer&apos;s time is not saved. Ctrl+T brings it back; Timer → Discard stopped timer removes it.</translation>
    </message>
    <message>
        <source>Tidtakerens tid er forkastet.</source>
        <translation>The timer&apos;s time has been discarded.</translation>
    </message>
    <message>
        <source>Start tidtaker</source>
        <translation>Start timer</translation>
    </message>
    <message>
        <source>{code} stoppet {time} ({minutes}), ikke lagret</source>
        <translation>{code} stopped {time} ({minutes}), not saved</translation>
    </message>
    <message>
        <source>Hent tidtakerens tid</source>
        <translation>Bring back the timer&apos;s time</translation>
    </message>
    <message>
        <source>Stopp tidtaker</source>
        <translation>Stop timer</translation>
    </message>
    <message>
        <source>{code} siden {date} {time} ({running})</source>
        <translation>{code} since {date} {time} ({running})</translation>
    </message>
    <message>
        <source>Tastatursnarveier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Tast</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>direkte {direct} · indirekte {indirect} · annet {other} · reise {travel} · direkteandel {share}</source>
        <translation>direct {direct} · indirect {indirect} · other {other} · travel {travel} · direct share {share}</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>rehablogg</source>
        <translation>rehablogg</translation>
    </message>
    <message>
        <source>Gå til i dag (Alt+Home)</source>
        <translation>Go to today (Alt+Home)</translation>
    </message>
    <message>
        <source>Gå til i dag</source>
        <translation>Go to today</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Forrige (Alt+Venstre)</source>
        <translation>Previous (Alt+Left)</translation>
    </message>
    <message>
        <source>Forrige periode</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Neste (Alt+Høyre)</source>
        <translation>Next (Alt+Right)</translation>
    </message>
    <message>
        <source>Neste periode</source>
        <translation>Next period</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Gå til dato (Ctrl+G)</source>
        <translation>Go to date (Ctrl+G)</translation>
    </message>
    <message>
        <source>Vist dato</source>
        <translation>Date shown</translation>
    </message>
    <message>
        <source>Vist periode</source>
        <translation>Period shown</translation>
    </message>
    <message>
        <source>Tidtaker</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Start eller stopp tidtakeren (Ctrl+T)</source>
        <translation>Start or stop the timer (Ctrl+T)</translation>
    </message>
    <message>
        <source>Start eller stopp tidtaker</source>
        <translation>Start or stop timer</translation>
    </message>
    <message>
        <source>Dagvisning (Ctrl+1)</source>
        <translation>Day view (Ctrl+1)</translation>
    </message>
    <message>
        <source>Dagvisning</source>
        <translation>Day view</translation>
    </message>
    <message>
        <source>Sikkerhets&amp;kopier …</source>
        <translation>&amp;Backups …</translation>
    </message>
    <message>
        <source>Gjør &amp;om</source>
        <translation>Red&amp;o</translation>
    </message>
    <message>
        <source>&amp;Uke</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <source>Ukevisning (Ctrl+2)</source>
        <translation>Week view (Ctrl+2)</translation>
    </message>
    <message>
        <source>Ukevisning</source>
        <translation>Week view</translation>
    </message>
    <message>
        <source>&amp;Ny registrering</source>
        <translation>&amp;New entry</translation>
    </message>
    <message>
        <source>Ny registrering (Ctrl+N)</source>
        <translation>New entry (Ctrl+N)</translation>
    </message>
    <message>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Tidtakerikon</source>
        <translation>Timer icon</translation>
    </message>
    <message>
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Uke</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Minutter per dag</source>
        <translation>Minutes per day</translation>
    </message>
    <message>
        <source>Registreringer</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Summer</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>Registreringsskjema</source>
        <translation>Entry form</translation>
    </message>
    <message>
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Brukere</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>&amp;Tidtaker</source>
        <translation>&amp;Timer</translation>
    </message>
    <message>
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Eksporter eller lever inn …</source>
        <translation>&amp;Export or submit …</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>E&amp;ndringslogg …</source>
        <translation>C&amp;hange log …</translation>
    </message>
    <message>
        <source>&amp;Profil og innstillinger …</source>
        <translation>&amp;Profile and settings …</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Bli &amp;med i pilot …</source>
        <translation>&amp;Join a pilot …</translation>
    </message>
    <message>
        <source>&amp;Brukerregister …</source>
        <translation>&amp;Client register …</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Ny bruker …</source>
        <translation>&amp;New client …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>&amp;Start eller stopp tidtaker</source>
        <translation>&amp;Start or stop timer</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Forkast stoppet tidtaker</source>
        <translation>&amp;Discard stopped timer</translation>
    </message>
    <message>
        <source>Fjern tidtakerens tid uten å lagre den</source>
        <translation>Remove the timer&apos;s time without saving it</translation>
    </message>
    <message>
        <source>&amp;Avslutt</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Rediger valgt</source>
        <translation>&amp;Edit selected</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>&amp;Slett valgt</source>
        <translation>&amp;Delete selected</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;Dupliser valgt</source>
        <translation>Du&amp;plicate selected</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Gjenta siste registrering</source>
        <translation>&amp;Repeat last entry</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Kopier valgt til annen dag …</source>
        <translation>&amp;Copy selected to another day …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Merk valgt kode som &amp;favoritt</source>
        <translation>Mark chosen code as &amp;favourite</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Angre</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;Dag</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;I dag</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Alt+Home</source>
        <translation>Alt+Home</translation>
    </message>
    <message>
        <source>&amp;Forrige</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Neste</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>&amp;Gå til dato</source>
        <translation>&amp;Go to date</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;Koder …</source>
        <translation>C&amp;odes …</translation>
    </message>
    <message>
        <source>Hva hver kode brukes til, med søk (Shift+F1)</source>
        <translation>What each code is used for, with search (Shift+F1)</translation>
    </message>
    <message>
        <source>Shift+F1</source>
        <translation>Shift+F1</translation>
    </message>
    <message>
        <source>&amp;Tastatursnarveier</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
</context>
<context>
    <name>MunicipalityListModel</name>
    <message>
        <source>{name} kommune i {county}</source>
        <translation>{name} municipality in {county}</translation>
    </message>
</context>
<context>
    <name>NeedsDialog</name>
    <message>
        <source>Lagre (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <source>Lagre behovsvurderingen</source>
        <translation>Save the needs assessment</translation>
    </message>
    <message>
        <source>Avbryt (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Avbryt uten å lagre</source>
        <translation>Cancel without saving</translation>
    </message>
    <message>
        <source>Ny behovsvurdering</source>
        <translation>New needs assessment</translation>
    </message>
    <message>
        <source>Endre behovsvurdering</source>
        <translation>Edit needs assessment</translation>
    </message>
    <message>
        <source>Vurdert</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>Skriv datoen behovene ble vurdert, som dd.mm.åååå.</source>
        <translation>Type the date the needs were assessed, as dd.mm.yyyy.</translation>
    </message>
    <message>
        <source>Behov fremover</source>
        <translation>Needs ahead</translation>
    </message>
    <message>
        <source>Hvor mye hjelp ser du at brukeren trenger fremover på hvert område? Grovt anslag: ingen, noe eller mye.</source>
        <translation>How much help do you think the client will need ahead in each area? A rough estimate: none, some or a lot.</translation>
    </message>
    <message>
        <source>&amp;Vurdert</source>
        <translation>&amp;Assessed</translation>
    </message>
    <message>
        <source>Vurderingsdato</source>
        <translation>Assessment date</translation>
    </message>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>&amp;Barnehage/skole</source>
        <translation>&amp;Nursery/school</translation>
    </message>
    <message>
        <source>Behov barnehage eller skole</source>
        <translation>Nursery or school needs</translation>
    </message>
    <message>
        <source>B&amp;olig</source>
        <translation>H&amp;ousing</translation>
    </message>
    <message>
        <source>Behov bolig</source>
        <translation>Housing needs</translation>
    </message>
    <message>
        <source>&amp;Hjelpemidler</source>
        <translation>Assistive &amp;devices</translation>
    </message>
    <message>
        <source>Behov hjelpemidler</source>
        <translation>Assistive device needs</translation>
    </message>
    <message>
        <source>&amp;Transport</source>
        <translation>&amp;Transport</translation>
    </message>
    <message>
        <source>Behov transport</source>
        <translation>Transport needs</translation>
    </message>
    <message>
        <source>&amp;IP/koordinator</source>
        <translation>&amp;IP/coordinator</translation>
    </message>
    <message>
        <source>Behov individuell plan eller koordinator</source>
        <translation>Individual plan or coordinator needs</translation>
    </message>
</context>
<context>
    <name>NeedsModel</name>
    <message>
        <source>Vurdert</source>
        <translation>Assessed</translation>
    </message>
</context>
<context>
    <name>PilotDialog</name>
    <message>
        <source>&amp;Bli med</source>
        <translation>&amp;Join</translation>
    </message>
    <message>
        <source>Åpne pilotfil</source>
        <translation>Open pilot file</translation>
    </message>
    <message>
        <source>Pilotfiler (*.toml);;Alle filer (*)</source>
        <translation>Pilot files (*.toml);;All files (*)</translation>
    </message>
    <message>
        <source>Finner ikke pilotfilen {path}.</source>
        <translation>Cannot find the pilot file {path}.</translation>
    </message>
    <message>
        <source>Ingen pilotfil er åpnet.</source>
        <translation>No pilot file is open.</translation>
    </message>
    <message>
        <source>koblede pseudonymer (nøkkel: finnes)</source>
        <translation>linked pseudonyms (key: present)</translation>
    </message>
    <message>
        <source>pseudonymene er ikke koblet</source>
        <translation>the pseudonyms are not linked</translation>
    </message>
    <message>
        <source>{name} ({id}) – kodeverk {catalogue} versjon {version}, terapeuter: {count}, {linked}.</source>
        <translation>{name} ({id}) – catalogue {catalogue} version {version}, therapists: {count}, {linked}.</translation>
    </message>
    <message>
        <source>Velg din terapeutkode i listen.</source>
        <translation>Choose your therapist code in the list.</translation>
    </message>
    <message>
        <source>Åpne en pilotfil og velg din terapeutkode først.</source>
        <translation>Open a pilot file and choose your therapist code first.</translation>
    </message>
    <message>
        <source>Bli med i pilot</source>
        <translation>Join a pilot</translation>
    </message>
    <message>
        <source>Åpne pilotfilen du har fått fra pilotlederen, og velg din terapeutkode i listen. Eksportene dine får da pilotens id, din kode og pilotens kodeverk.</source>
        <translation>Open the pilot file you got from the pilot lead and choose your therapist code in the list. Your exports then carry the pilot&apos;s id, your code and the pilot&apos;s catalogue.</translation>
    </message>
    <message>
        <source>&amp;Pilotfil:</source>
        <translation>&amp;Pilot file:</translation>
    </message>
    <message>
        <source>Pilotfil</source>
        <translation>Pilot file</translation>
    </message>
    <message>
        <source>sti til pilotfilen (.toml)</source>
        <translation>path to the pilot file (.toml)</translation>
    </message>
    <message>
        <source>Bla gjennom</source>
        <translation>Browse</translation>
    </message>
    <message>
        <source>Bla &amp;gjennom …</source>
        <translation>&amp;Browse …</translation>
    </message>
    <message>
        <source>Piloten</source>
        <translation>The pilot</translation>
    </message>
    <message>
        <source>Søk i terapeutlisten</source>
        <translation>Search the therapist list</translation>
    </message>
    <message>
        <source>Søk etter terapeutkode, kommune eller enhet</source>
        <translation>Search by therapist code, municipality or unit</translation>
    </message>
    <message>
        <source>Terapeuter i piloten</source>
        <translation>Therapists in the pilot</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>profilen</source>
        <translation>the profile</translation>
    </message>
    <message>
        <source>Ferie</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Sykefravær</source>
        <translation>Sick leave</translation>
    </message>
    <message>
        <source>Kurs</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Annet fravær</source>
        <translation>Other absence</translation>
    </message>
    <message>
        <source>Fysioterapeut</source>
        <translation>Physiotherapist</translation>
    </message>
    <message>
        <source>Ergoterapeut</source>
        <translation>Occupational therapist</translation>
    </message>
    <message>
        <source>241 Diagnose, behandling, re-/habilitering</source>
        <translation>241 Diagnosis, treatment, re-/habilitation</translation>
    </message>
    <message>
        <source>232 Helsestasjons- og skolehelsetjeneste</source>
        <translation>232 Child health clinic and school health service</translation>
    </message>
    <message>
        <source>233 Annet forebyggende helsearbeid</source>
        <translation>233 Other preventive health work</translation>
    </message>
    <message>
        <source>234 Aktiviserings- og servicetjenester for eldre og personer med funksjonsnedsettelser</source>
        <translation>234 Activity and service provision for the elderly and people with disabilities</translation>
    </message>
    <message>
        <source>253 Helse- og omsorgstjenester i institusjon</source>
        <translation>253 Health and care services in institutions</translation>
    </message>
    <message>
        <source>254 Helse- og omsorgstjenester til hjemmeboende</source>
        <translation>254 Health and care services for people living at home</translation>
    </message>
    <message>
        <source>Kommuneforslag</source>
        <translation>Municipality suggestions</translation>
    </message>
    <message>
        <source>Kode&amp;verk</source>
        <translation>Cata&amp;logue</translation>
    </message>
    <message>
        <source>Kodeverk</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Versjon {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Versjon {version} (nyeste)</source>
        <translation>Version {version} (newest)</translation>
    </message>
    <message>
        <source>Piloten bestemmer kodeverket; pilotfilen sier hvilken versjon.</source>
        <translation>The pilot decides the catalogue; the pilot file says which version.</translation>
    </message>
    <message>
        <source>Kodene du registrerer med. Lagrede registreringer beholder sin versjon.</source>
        <translation>The codes you register with. Saved entries keep their version.</translation>
    </message>
    <message>
        <source>Lagre (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <source>Lagre profilen</source>
        <translation>Save the profile</translation>
    </message>
    <message>
        <source>Senere (Esc)</source>
        <translation>Later (Esc)</translation>
    </message>
    <message>
        <source>Avbryt (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Senere</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Avbryt uten å lagre</source>
        <translation>Cancel without saving</translation>
    </message>
    <message>
        <source>Velkommen til rehablogg</source>
        <translation>Welcome to rehablogg</translation>
    </message>
    <message>
        <source>Fyll inn hvem du er og hvor du jobber, så er rehablogg klar til bruk. Terapeutkoden får du av pilotlederen.</source>
        <translation>Fill in who you are and where you work, and rehablogg is ready to use. The pilot lead gives you your therapist code.</translation>
    </message>
    <message>
        <source>Arbeidsdager, arbeidstid, fravær og forvalg for nye registreringer kan endres senere under Fil → Profil og innstillinger.</source>
        <translation>Working days, working hours, absence and defaults for new entries can be changed later under File → Profile and settings.</translation>
    </message>
    <message>
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>{name} kommune i {county}</source>
        <translation>{name} municipality in {county}</translation>
    </message>
    <message>
        <source>Til-datoen kan ikke være før fra-datoen.</source>
        <translation>The to date cannot be before the from date.</translation>
    </message>
    <message>
        <source>Legg inn høyst ett år med fravær om gangen.</source>
        <translation>Add at most one year of absence at a time.</translation>
    </message>
    <message>
        <source>Perioden har ingen arbeidsdager; helg, helligdager og dager du ikke jobber trenger ikke fravær.</source>
        <translation>The period has no working days; weekends, public holidays and days you do not work need no absence.</translation>
    </message>
    <message>
        <source>La til {count} {kind}, hoppet over {skipped} fridager.</source>
        <translation>Added {count} {kind}, skipped {skipped} days off.</translation>
    </message>
    <message>
        <source>La til {count} {kind}.</source>
        <translation>Added {count} {kind}.</translation>
    </message>
    <message>
        <source>Velg dagene som skal fjernes i listen først.</source>
        <translation>Select the days to remove in the list first.</translation>
    </message>
    <message>
        <source>Fjernet {count}.</source>
        <translation>Removed {count}.</translation>
    </message>
    <message>
        <source>1 dag</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>{n} dager</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>Profilen ble ikke lagret ({error}); det du skrev er beholdt, prøv igjen.</source>
        <translation>The profile was not saved ({error}); what you typed is kept, try again.</translation>
    </message>
    <message>
        <source>Skriv terapeutkoden du har fått av pilotlederen, for eksempel FT01.</source>
        <translation>Type the therapist code the pilot lead gave you, for example FT01.</translation>
    </message>
    <message>
        <source>Kryss av minst én arbeidsdag.</source>
        <translation>Tick at least one working day.</translation>
    </message>
    <message>
        <source>Arbeidsdagen må slutte etter at den begynner, for eksempel 08:00–15:30.</source>
        <translation>The working day must end after it begins, for example 08:00–15:30.</translation>
    </message>
    <message>
        <source>Profil og innstillinger</source>
        <translation>Profile and settings</translation>
    </message>
    <message>
        <source>Deg og arbeidsstedet</source>
        <translation>You and your workplace</translation>
    </message>
    <message>
        <source>&amp;Terapeutkode</source>
        <translation>&amp;Therapist code</translation>
    </message>
    <message>
        <source>Terapeutkode</source>
        <translation>Therapist code</translation>
    </message>
    <message>
        <source>Fra pilotlederen, for eksempel FT01</source>
        <translation>From the pilot lead, for example FT01</translation>
    </message>
    <message>
        <source>&amp;Profesjon</source>
        <translation>&amp;Profession</translation>
    </message>
    <message>
        <source>Profesjon</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>&amp;Kommune</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Søk på kommunenummer eller navn</source>
        <translation>Search by municipality number or name</translation>
    </message>
    <message>
        <source>&amp;Enhet</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>For eksempel Barne- og familietjenesten</source>
        <translation>For example the children and family service</translation>
    </message>
    <message>
        <source>&amp;Stillingsprosent</source>
        <translation>Po&amp;sition (%)</translation>
    </message>
    <message>
        <source>Stillingsprosent</source>
        <translation>Position percentage</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>KOSTRA-f&amp;unksjon</source>
        <translation>KOSTRA &amp;function</translation>
    </message>
    <message>
        <source>KOSTRA-funksjon</source>
        <translation>KOSTRA function</translation>
    </message>
    <message>
        <source>Arbeidsuke</source>
        <translation>Working week</translation>
    </message>
    <message>
        <source>Arbeids&amp;dager</source>
        <translation>Working &amp;days</translation>
    </message>
    <message>
        <source>man</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Arbeidsdag mandag</source>
        <translation>Working day Monday</translation>
    </message>
    <message>
        <source>tir</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Arbeidsdag tirsdag</source>
        <translation>Working day Tuesday</translation>
    </message>
    <message>
        <source>ons</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Arbeidsdag onsdag</source>
        <translation>Working day Wednesday</translation>
    </message>
    <message>
        <source>tor</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Arbeidsdag torsdag</source>
        <translation>Working day Thursday</translation>
    </message>
    <message>
        <source>fre</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Arbeidsdag fredag</source>
        <translation>Working day Friday</translation>
    </message>
    <message>
        <source>lør</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Arbeidsdag lørdag</source>
        <translation>Working day Saturday</translation>
    </message>
    <message>
        <source>søn</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Arbeidsdag søndag</source>
        <translation>Working day Sunday</translation>
    </message>
    <message>
        <source>Arbeidst&amp;id</source>
        <translation>Working &amp;hours</translation>
    </message>
    <message>
        <source>Arbeidsdagen begynner</source>
        <translation>The working day begins</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Arbeidsdagen slutter</source>
        <translation>The working day ends</translation>
    </message>
    <message>
        <source>Forvalg for nye registreringer</source>
        <translation>Defaults for new entries</translation>
    </message>
    <message>
        <source>&amp;Arena</source>
        <translation>Settin&amp;g</translation>
    </message>
    <message>
        <source>Forvalgt arena</source>
        <translation>Default setting</translation>
    </message>
    <message>
        <source>K&amp;ontaktform</source>
        <translation>Co&amp;ntact mode</translation>
    </message>
    <message>
        <source>Forvalgt kontaktform</source>
        <translation>Default contact mode</translation>
    </message>
    <message>
        <source>Fraværsdager</source>
        <translation>Absence days</translation>
    </message>
    <message>
        <source>F&amp;ra</source>
        <translation>F&amp;rom</translation>
    </message>
    <message>
        <source>Fravær fra dato</source>
        <translation>Absence from date</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Ti&amp;l</source>
        <translation>T&amp;o</translation>
    </message>
    <message>
        <source>Fravær til og med dato</source>
        <translation>Absence up to and including date</translation>
    </message>
    <message>
        <source>&amp;Fraværstype</source>
        <translation>Absence t&amp;ype</translation>
    </message>
    <message>
        <source>Fraværstype</source>
        <translation>Absence type</translation>
    </message>
    <message>
        <source>Le&amp;gg til</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Legg til fravær</source>
        <translation>Add absence</translation>
    </message>
    <message>
        <source>Legger til fravær for arbeidsdagene fra og med til og med (Enter i fraværsfeltene gjør det samme)</source>
        <translation>Adds absence for the working days from through to (Enter in the absence fields does the same)</translation>
    </message>
    <message>
        <source>Fjer&amp;n valgte</source>
        <translation>Remo&amp;ve selected</translation>
    </message>
    <message>
        <source>Fjern valgte fraværsdager</source>
        <translation>Remove the selected absence days</translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <source>Forslag</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Ta med</source>
        <translation>Include</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Bruker</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>&amp;Lagre valgte</source>
        <translation>&amp;Save selected</translation>
    </message>
    <message>
        <source>(kode gjettet fra «{word}»)</source>
        <translation>(code guessed from “{word}”)</translation>
    </message>
    <message>
        <source>Kode, rad {row}</source>
        <translation>Code, row {row}</translation>
    </message>
    <message>
        <source>– velg kode –</source>
        <translation>– choose a code –</translation>
    </message>
    <message>
        <source>Bruker, rad {row}</source>
        <translation>Client, row {row}</translation>
    </message>
    <message>
        <source>– ingen –</source>
        <translation>– none –</translation>
    </message>
    <message>
        <source>importert eller kopiert før</source>
        <translation>imported or copied before</translation>
    </message>
    <message>
        <source>{n} av {total} forslag er valgt.</source>
        <translation>{n} of {total} suggestions are selected.</translation>
    </message>
    <message>
        <source>Velg en kode.</source>
        <translation>Choose a code.</translation>
    </message>
    <message>
        <source>lagret</source>
        <translation>saved</translation>
    </message>
    <message>
        <source>{saved} lagret; {failed} må endres først (se Merknad), eller fjern haken.</source>
        <translation>{saved} saved; {failed} must be changed first (see Remark), or untick them.</translation>
    </message>
</context>
<context>
    <name>ReceiptControls</name>
    <message>
        <source>Kvitteringer til terapeutene:</source>
        <translation>Receipts for the therapists:</translation>
    </message>
    <message>
        <source>Skriv en kvittering (JSON) per terapeut etter hver samling: hver innlevert måned godtatt, erstattet eller returnert.</source>
        <translation>Write a receipt (JSON) per therapist after each collection run: each submitted month accepted, superseded or returned.</translation>
    </message>
    <message>
        <source>Mappe for kvitteringene</source>
        <translation>Folder for the receipts</translation>
    </message>
    <message>
        <source>Velg mappe …</source>
        <translation>Choose folder …</translation>
    </message>
    <message>
        <source>Velg mappe for kvitteringene</source>
        <translation>Choose a folder for the receipts</translation>
    </message>
    <message>
        <source>Velg en mappe for kvitteringene, eller slå dem av.</source>
        <translation>Choose a folder for the receipts, or turn them off.</translation>
    </message>
    <message>
        <source>Retur&amp;ner måned …</source>
        <translation>&amp;Return month …</translation>
    </message>
    <message>
        <source>Send den valgte innleveringen tilbake til terapeuten med en årsak; kvitteringen sier returnert til en korreksjon kommer.</source>
        <translation>Send the selected submission back to the therapist with a reason; the receipt says returned until a correction arrives.</translation>
    </message>
    <message>
        <source>Angre retur</source>
        <translation>Undo return</translation>
    </message>
    <message>
        <source>Skriv &amp;kvitteringer …</source>
        <translation>Write &amp;receipts …</translation>
    </message>
    <message>
        <source>Skriv kvitteringene fra samlingen nå, uten å samle på nytt.</source>
        <translation>Write the receipts from the collection now, without collecting again.</translation>
    </message>
    <message>
        <source>Samlingen finnes ikke ennå; trykk Samle først.</source>
        <translation>The collection does not exist yet; press Collect first.</translation>
    </message>
    <message>
        <source>Hvorfor sendes {therapist} {month} tilbake? Terapeuten ser årsaken i kvitteringen (høyst {limit} tegn, ingen fødselsnumre).</source>
        <translation>Why is {therapist} {month} being sent back? The therapist sees the reason in the receipt (at most {limit} characters, no national identity numbers).</translation>
    </message>
    <message>
        <source>{therapist} {month} er returnert; kvitteringen sier det når den skrives (Skriv kvitteringer, eller neste samling med kvitteringer valgt).</source>
        <translation>{therapist} {month} has been returned; the receipt says so when it is written (Write receipts, or the next collection run with receipts turned on).</translation>
    </message>
    <message>
        <source>Returen av {therapist} {month} er angret.</source>
        <translation>The return of {therapist} {month} has been undone.</translation>
    </message>
    <message>
        <source>{count} kvitteringer er skrevet til {path}.</source>
        <translation>{count} receipts have been written to {path}.</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Kvitteringer fra pilotlederen</source>
        <translation>Receipts from the pilot lead</translation>
    </message>
    <message>
        <source>Hva pilotlederen har sagt om hver måned du har levert. En returnert måned rettes og leveres på nytt som korreksjon.</source>
        <translation>What the pilot lead has said about each month you have submitted. A returned month is corrected and submitted again as a correction.</translation>
    </message>
    <message>
        <source>Månedene i kvitteringene</source>
        <translation>The months in the receipts</translation>
    </message>
    <message>
        <source>Måned</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Kvittering</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Årsak</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Les kvittering …</source>
        <translation>&amp;Read receipt …</translation>
    </message>
    <message>
        <source>Lever &amp;på nytt …</source>
        <translation>Re&amp;submit …</translation>
    </message>
    <message>
        <source>Åpne eksporten for den returnerte måneden og lever den på nytt.</source>
        <translation>Open the export for the returned month and submit it again.</translation>
    </message>
    <message>
        <source>Les kvittering</source>
        <translation>Read receipt</translation>
    </message>
    <message>
        <source>Kvitteringer (*.json);;Alle filer (*)</source>
        <translation>Receipts (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Kvitteringen skrevet {day} er lest inn: {months} måneder, {returned} returnert.</source>
        <translation>The receipt written {day} has been read in: {months} months, {returned} returned.</translation>
    </message>
    <message>
        <source>{count} måneder i kvitteringen ble ikke gjenkjent (de er ikke levert fra denne loggboken) og er ikke lest inn.</source>
        <translation>{count} months in the receipt were not recognised (they were not submitted from this logbook) and have not been read in.</translation>
    </message>
    <message>
        <source>Den sa ikke noe nyere enn det som alt var lest inn.</source>
        <translation>It said nothing newer than what had already been read in.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>ISO-uke</source>
        <translation>ISO week</translation>
    </message>
    <message>
        <source>Timer per uke</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <source>Direkte</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Indirekte</source>
        <translation>Indirect</translation>
    </message>
    <message>
        <source>Annet</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>{name}: minutter per uke</source>
        <translation>{name}: minutes per week</translation>
    </message>
    <message>
        <source>Minutter</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Sommeruker (26–33)</source>
        <translation>Summer weeks (26–33)</translation>
    </message>
    <message>
        <source>Uke uten kontakt</source>
        <translation>Week without contact</translation>
    </message>
    <message>
        <source>Mål: {minutes} direkte minutter per uke</source>
        <translation>Target: {minutes} direct minutes per week</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>Min tid</source>
        <translation>My time</translation>
    </message>
    <message>
        <source>Rapporter</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Diagram: timer per uke</source>
        <translation>Chart: hours per week</translation>
    </message>
    <message>
        <source>Timer per uke</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <source>Sammendrag</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>&amp;Oversikt</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>Tid per kode</source>
        <translation>Time per code</translation>
    </message>
    <message>
        <source>&amp;Koder</source>
        <translation>&amp;Codes</translation>
    </message>
    <message>
        <source>Tid per bruker</source>
        <translation>Time per client</translation>
    </message>
    <message>
        <source>Tid per aldersgruppe</source>
        <translation>Time per age group</translation>
    </message>
    <message>
        <source>&amp;Brukere og aldersgrupper</source>
        <translation>C&amp;lients and age groups</translation>
    </message>
    <message>
        <source>Samarbeidsparter i indirekte arbeid</source>
        <translation>Partners in indirect work</translation>
    </message>
    <message>
        <source>Indirekte registreringer med hver samarbeidspart; en registrering med tre parter teller én gang for hver av dem.</source>
        <translation>Indirect entries with each partner; an entry with three partners counts once for each of them.</translation>
    </message>
    <message>
        <source>&amp;Samarbeidsparter</source>
        <translation>Pa&amp;rtners</translation>
    </message>
    <message>
        <source>Intensitet og kontinuitet per bruker</source>
        <translation>Intensity and continuity per client</translation>
    </message>
    <message>
        <source>Diagram: valgt brukers minutter per uke</source>
        <translation>Chart: the selected client&apos;s minutes per week</translation>
    </message>
    <message>
        <source>&amp;Intensitet</source>
        <translation>&amp;Intensity</translation>
    </message>
    <message>
        <source>Uke</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Måned</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Egendefinert</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Forrige periode</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>Forrige periode (Alt+Venstre)</source>
        <translation>Previous period (Alt+Left)</translation>
    </message>
    <message>
        <source>Neste periode</source>
        <translation>Next period</translation>
    </message>
    <message>
        <source>Neste periode (Alt+Høyre)</source>
        <translation>Next period (Alt+Right)</translation>
    </message>
    <message>
        <source>Fra dato</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>Til dato</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>&amp;Fra:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Til:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Valgt periode</source>
        <translation>Selected period</translation>
    </message>
    <message>
        <source>Kopier tabell</source>
        <translation>Copy table</translation>
    </message>
    <message>
        <source>Kopier tabell: {name}</source>
        <translation>Copy table: {name}</translation>
    </message>
    <message>
        <source>Legger hele tabellen på utklippstavlen, klar til å lime inn i et regneark (Ctrl+C kopierer de valgte cellene).</source>
        <translation>Puts the whole table on the clipboard, ready to paste into a spreadsheet (Ctrl+C copies the selected cells).</translation>
    </message>
    <message>
        <source>Fra-datoen {start} er etter til-datoen {end}; velg en fra-dato som ikke er etter til-datoen.</source>
        <translation>The from date {start} is after the to date {end}; choose a from date that is not after the to date.</translation>
    </message>
    <message>
        <source>uke {week} {year}</source>
        <translation>week {week} {year}</translation>
    </message>
    <message>
        <source>Stilling {percent} % · {days} arbeidsdager i perioden (uten helligdager og fravær) · et helt årsverk (37,5 timer i uka) er {fte} timer i perioden. Timer per årsverk = timer / (stillingsprosent / 100).</source>
        <translation>Position {percent} % · {days} working days in the period (excluding public holidays and absence) · one full-time equivalent (37.5 hours a week) is {fte} hours in the period. Hours per FTE = hours / (position percentage / 100).</translation>
    </message>
    <message>
        <source>Fra periodens første dag (for brukere du hadde kontakt med det siste halvåret før), ellers fra brukerens første kontakt i perioden, til periodens siste dag (ikke lenger enn til i dag). Kontakt er direkte eller indirekte tid; «annet» teller ikke. Sommeruker er ISO-uke 26–33.{targets}</source>
        <translation>From the first day of the period (for clients you were in contact with during the preceding six months), otherwise from the client&apos;s first contact in the period, to the last day of the period (no later than today). Contact is direct or indirect time; “other” does not count. Summer weeks are ISO weeks 26–33.{targets}</translation>
    </message>
    <message>
        <source> Piloten du er med i har ikke satt noe mål for intensitet.</source>
        <translation> The pilot you have joined has not set any intensity target.</translation>
    </message>
    <message>
        <source>Ingen brukere</source>
        <translation>No clients</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nei</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{n} økter</source>
        <translation>{n} sessions</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{parts} per uke</source>
        <translation>{parts} per week</translation>
    </message>
    <message>
        <source>Direkte (t)</source>
        <translation>Direct (h)</translation>
    </message>
    <message>
        <source>Indirekte (t)</source>
        <translation>Indirect (h)</translation>
    </message>
    <message>
        <source>Annet (t)</source>
        <translation>Other (h)</translation>
    </message>
    <message>
        <source>Sum (t)</source>
        <translation>Total (h)</translation>
    </message>
    <message>
        <source>Reise (t)</source>
        <translation>Travel (h)</translation>
    </message>
    <message>
        <source>Registreringer</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Timer per årsverk</source>
        <translation>Hours per FTE</translation>
    </message>
    <message>
        <source>Andel (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <source>Direkte brukertid</source>
        <translation>Direct client time</translation>
    </message>
    <message>
        <source>Indirekte brukertid</source>
        <translation>Indirect client time</translation>
    </message>
    <message>
        <source>Annet</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Sum (uten reise)</source>
        <translation>Total (excluding travel)</translation>
    </message>
    <message>
        <source>Uka går fra {monday} til {sunday}; bare dagene i perioden er talt med.</source>
        <translation>The week runs from {monday} to {sunday}; only the days in the period are counted.</translation>
    </message>
    <message>
        <source>Reise</source>
        <translation>Travel</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Habilitering</source>
        <translation>Habilitation</translation>
    </message>
    <message>
        <source>Rehabilitering</source>
        <translation>Rehabilitation</translation>
    </message>
    <message>
        <source>Bruker</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Aldersgruppe</source>
        <translation>Age group</translation>
    </message>
    <message>
        <source>Tjeneste</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Brukere</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Deltakelser</source>
        <translation>Participations</translation>
    </message>
    <message>
        <source>Samarbeidspart</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Andel av indirekte registreringer (%)</source>
        <translation>Share of indirect entries (%)</translation>
    </message>
    <message>
        <source>Direkte økter per uke</source>
        <translation>Direct sessions per week</translation>
    </message>
    <message>
        <source>Direkte minutter per uke</source>
        <translation>Direct minutes per week</translation>
    </message>
    <message>
        <source>Lengste opphold uten direkte (dager)</source>
        <translation>Longest gap without direct time (days)</translation>
    </message>
    <message>
        <source>Uker uten kontakt</source>
        <translation>Weeks without contact</translation>
    </message>
    <message>
        <source>Av dem sommeruker (26–33)</source>
        <translation>Of which summer weeks (26–33)</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Nådd</source>
        <translation>Reached</translation>
    </message>
</context>
<context>
    <name>ReturnReasonDialog</name>
    <message>
        <source>Returner måned</source>
        <translation>Return month</translation>
    </message>
    <message>
        <source>Returner</source>
        <translation>Return</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Terapeutkode</source>
        <translation>Therapist code</translation>
    </message>
    <message>
        <source>Kommunenr</source>
        <translation>Municipality no.</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Profesjon</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Måneder</source>
        <translation>Months</translation>
    </message>
</context>
<context>
    <name>TimerStopDialog</name>
    <message>
        <source>Tidtakeren for {code} ble startet {date} kl. {time} og har gått i {hours} timer. Når stoppet du?</source>
        <translation>The timer for {code} was started on {date} at {time} and has run for {hours} hours. When did you stop?</translation>
    </message>
    <message>
        <source>Stopptiden må være etter at tidtakeren ble startet.</source>
        <translation>The stop time must be after the timer was started.</translation>
    </message>
    <message>
        <source>Delingstidspunktet må ligge mellom start og stopp.</source>
        <translation>The split time must lie between start and stop.</translation>
    </message>
    <message>
        <source>En registrering kan være høyst 12 timer og må ligge innenfor én dag; velg en tidligere stopptid eller del den.</source>
        <translation>An entry can be at most 12 hours and must lie within one day; choose an earlier stop time or split it.</translation>
    </message>
    <message>
        <source>Glemt tidtaker?</source>
        <translation>Forgotten timer?</translation>
    </message>
    <message>
        <source>Spørsmål</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>&amp;Stoppet</source>
        <translation>&amp;Stopped</translation>
    </message>
    <message>
        <source>Stoppet</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>dd.MM.yyyy HH:mm</source>
        <translation>dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <source>Del i to registreringer</source>
        <translation>Split into two entries</translation>
    </message>
    <message>
        <source>&amp;Del i to: første del lagres nå, resten går til skjemaet</source>
        <translation>Split &amp;in two: the first part is saved now, the rest goes to the form</translation>
    </message>
    <message>
        <source>Del &amp;ved</source>
        <translation>Split &amp;at</translation>
    </message>
    <message>
        <source>Del ved</source>
        <translation>Split at</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>godtatt</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>duplikat</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>erstattet</source>
        <translation>superseded</translation>
    </message>
    <message>
        <source>konflikt</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>avvist</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>returnert</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Terapeut</source>
        <translation>Therapist</translation>
    </message>
    <message>
        <source>Måned</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Årsak</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Hvorfor</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>WorkbenchWindow</name>
    <message>
        <source>Datasett for analyse:</source>
        <translation>Dataset for analysis:</translation>
    </message>
    <message>
        <source>Skriv også de godtatte radene som Parquet-filer (DuckDB, pandas, R) i en mappe.</source>
        <translation>Also write the accepted rows as Parquet files (DuckDB, pandas, R) to a folder.</translation>
    </message>
    <message>
        <source>Mappe for datasettet</source>
        <translation>Folder for the dataset</translation>
    </message>
    <message>
        <source>Velg mappe …</source>
        <translation>Choose folder …</translation>
    </message>
    <message>
        <source>Velg mappe for datasettet</source>
        <translation>Choose a folder for the dataset</translation>
    </message>
    <message>
        <source>Velg eller opprett en samling</source>
        <translation>Choose or create a collection</translation>
    </message>
    <message>
        <source>Samlinger (*.sqlite3);;Alle filer (*)</source>
        <translation>Collections (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>Lagre sammendraget som</source>
        <translation>Save the summary as</translation>
    </message>
    <message>
        <source>Excel-arbeidsbøker (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Velg takstfil</source>
        <translation>Choose a tariff file</translation>
    </message>
    <message>
        <source>Takstmodeller (*.toml);;Alle filer (*)</source>
        <translation>Tariff models (*.toml);;All files (*)</translation>
    </message>
    <message>
        <source>Legg til en mappe med filer</source>
        <translation>Add a folder of files</translation>
    </message>
    <message>
        <source>Legg til filer</source>
        <translation>Add files</translation>
    </message>
    <message>
        <source>Månedsfiler og pilotfiler (*.xlsx *.toml);;Alle filer (*)</source>
        <translation>Monthly files and pilot files (*.xlsx *.toml);;All files (*)</translation>
    </message>
    <message>
        <source>Legg til minst én mappe eller fil som skal samles.</source>
        <translation>Add at least one folder or file to collect.</translation>
    </message>
    <message>
        <source>Velg eller opprett en samlingsfil først.</source>
        <translation>Choose or create a collection file first.</translation>
    </message>
    <message>
        <source>{path} er en mappe; velg en fil for samlingen.</source>
        <translation>{path} is a folder; choose a file for the collection.</translation>
    </message>
    <message>
        <source>Mappen {path} for samlingen finnes ikke.</source>
        <translation>The folder {path} for the collection does not exist.</translation>
    </message>
    <message>
        <source>Velg hvor sammendraget skal lagres.</source>
        <translation>Choose where to save the summary.</translation>
    </message>
    <message>
        <source>Sammendraget må være en .xlsx-fil, ikke {name}.</source>
        <translation>The summary must be an .xlsx file, not {name}.</translation>
    </message>
    <message>
        <source>Mappen {path} for sammendraget finnes ikke.</source>
        <translation>The folder {path} for the summary does not exist.</translation>
    </message>
    <message>
        <source>Sammendraget og samlingen kan ikke være samme fil.</source>
        <translation>The summary and the collection cannot be the same file.</translation>
    </message>
    <message>
        <source>Velg en mappe for datasettet, eller slå det av.</source>
        <translation>Choose a folder for the dataset, or turn it off.</translation>
    </message>
    <message>
        <source>{path} er en fil; velg en mappe for datasettet.</source>
        <translation>{path} is a file; choose a folder for the dataset.</translation>
    </message>
    <message>
        <source>Finner filene …</source>
        <translation>Finding the files …</translation>
    </message>
    <message>
        <source>Avbryter etter filen som leses nå …</source>
        <translation>Cancelling after the file being read now …</translation>
    </message>
    <message>
        <source>%v av %m filer</source>
        <translation>%v of %m files</translation>
    </message>
    <message>
        <source>Leser {name} …</source>
        <translation>Reading {name} …</translation>
    </message>
    <message>
        <source>Skriver sammendraget…</source>
        <translation>Writing the summary…</translation>
    </message>
    <message>
        <source>1 godtatt innlevering</source>
        <translation>1 accepted submission</translation>
    </message>
    <message>
        <source>{count} godtatte innleveringer</source>
        <translation>{count} accepted submissions</translation>
    </message>
    <message>
        <source>Sammendraget er skrevet til {path}: {accepted}, {minutes} minutter ({hours} timer).</source>
        <translation>The summary has been written to {path}: {accepted}, {minutes} minutes ({hours} hours).</translation>
    </message>
    <message>
        <source>Radene ligger i {files} ved siden av den.</source>
        <translation>The rows are in {files} next to it.</translation>
    </message>
    <message>
        <source>{count} kvitteringer er skrevet til {path}.</source>
        <translation>{count} receipts have been written to {path}.</translation>
    </message>
    <message>
        <source>Avbrutt: samlingen er som før, og sammendraget er ikke skrevet.</source>
        <translation>Cancelled: the collection is as before, and the summary has not been written.</translation>
    </message>
    <message>
        <source>{files} filer i samlingen: {counts}</source>
        <translation>{files} files in the collection: {counts}</translation>
    </message>
    <message>
        <source>Mangler ({count})</source>
        <translation>Missing ({count})</translation>
    </message>
    <message>
        <source>Terapeuter på pilotens liste uten godtatt innlevering for måneden, til og med den nyeste måneden i samlingen.</source>
        <translation>Therapists on the pilot&apos;s list without an accepted submission for the month, up to and including the newest month in the collection.</translation>
    </message>
    <message>
        <source>Alle terapeuter på pilotens liste har levert hver måned til og med den nyeste måneden i samlingen.</source>
        <translation>All therapists on the pilot&apos;s list have submitted every month up to and including the newest month in the collection.</translation>
    </message>
    <message>
        <source>Listen over manglende leveringer trenger pilotfilen (pilot.toml med terapeutlisten) blant filene som samles.</source>
        <translation>The list of missing submissions needs the pilot file (pilot.toml with the therapist list) among the files collected.</translation>
    </message>
    <message>
        <source>Alle ({count})</source>
        <translation>All ({count})</translation>
    </message>
    <message>
        <source>Lag rapp&amp;ort (PDF) …</source>
        <translation>Ma&amp;ke report (PDF) …</translation>
    </message>
    <message>
        <source>En rapport til kommunestyret med tall per kommune fra samlingen; små tall skjules med pilotens terskel.</source>
        <translation>A report to the municipal council with figures per municipality from the collection; small counts are hidden using the pilot&apos;s threshold.</translation>
    </message>
    <message>
        <source>Lagre rapporten som</source>
        <translation>Save the report as</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Samlingen finnes ikke ennå; trykk Samle først.</source>
        <translation>The collection does not exist yet; press Collect first.</translation>
    </message>
    <message>
        <source>Rapporten ({pages} sider) er skrevet til {path}.</source>
        <translation>The report ({pages} pages) has been written to {path}.</translation>
    </message>
    <message>
        <source>Sammendraget finnes ikke ennå; trykk Samle først.</source>
        <translation>The summary does not exist yet; press Collect first.</translation>
    </message>
    <message>
        <source>Fant ikke noe program som kan åpne {path}; åpne filen fra mappen.</source>
        <translation>Found no program that can open {path}; open the file from its folder.</translation>
    </message>
    <message>
        <source>Arbeidsbenk for pilotleder</source>
        <translation>Pilot lead&apos;s workbench</translation>
    </message>
    <message>
        <source>Samle innleverte månedsfiler i en samling, se hva som ble godtatt og hvorfor, og skriv sammendraget. Samme fil kan legges til flere ganger; samlingen endres bare av nye filer.</source>
        <translation>Collect submitted monthly files in a collection, see what was accepted and why, and write the summary. The same file can be added several times; only new files change the collection.</translation>
    </message>
    <message>
        <source>Samling og sammendrag</source>
        <translation>Collection and summary</translation>
    </message>
    <message>
        <source>Samlings&amp;fil:</source>
        <translation>Collection &amp;file:</translation>
    </message>
    <message>
        <source>Samlingsfil</source>
        <translation>Collection file</translation>
    </message>
    <message>
        <source>samlingen (.sqlite3) – en ny lages om filen ikke finnes</source>
        <translation>the collection (.sqlite3) – a new one is made if the file does not exist</translation>
    </message>
    <message>
        <source>Velg samlingsfil</source>
        <translation>Choose the collection file</translation>
    </message>
    <message>
        <source>&amp;Velg …</source>
        <translation>C&amp;hoose …</translation>
    </message>
    <message>
        <source>Sammen&amp;drag:</source>
        <translation>Su&amp;mmary:</translation>
    </message>
    <message>
        <source>Sammendrag</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>arbeidsboken som skrives (.xlsx), som standard ved siden av samlingen</source>
        <translation>the workbook that is written (.xlsx), by default next to the collection</translation>
    </message>
    <message>
        <source>Velg sammendrag</source>
        <translation>Choose the summary</translation>
    </message>
    <message>
        <source>V&amp;elg …</source>
        <translation>Choos&amp;e …</translation>
    </message>
    <message>
        <source>Takstfil:</source>
        <translation>Tariff file:</translation>
    </message>
    <message>
        <source>Takstfil</source>
        <translation>Tariff file</translation>
    </message>
    <message>
        <source>ingen (valgfri: takstmodeller å sammenligne)</source>
        <translation>none (optional: tariff models to compare)</translation>
    </message>
    <message>
        <source>Velg &amp;takstfil …</source>
        <translation>Choose &amp;tariff file …</translation>
    </message>
    <message>
        <source>Fjern takstfilen</source>
        <translation>Remove the tariff file</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Filer og mapper som skal samles</source>
        <translation>Files and folders to collect</translation>
    </message>
    <message>
        <source>Legg til &amp;mappe …</source>
        <translation>Add f&amp;older …</translation>
    </message>
    <message>
        <source>Legg til fi&amp;ler …</source>
        <translation>Add fi&amp;les …</translation>
    </message>
    <message>
        <source>Å&amp;pne sammendraget</source>
        <translation>O&amp;pen the summary</translation>
    </message>
    <message>
        <source>V&amp;is:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Fjern valgte filer og mapper</source>
        <translation>Remove the selected files and folders</translation>
    </message>
    <message>
        <source>Fje&amp;rn fra listen</source>
        <translation>&amp;Remove from the list</translation>
    </message>
    <message>
        <source>Ligger pilotfilen (pilot.toml) blant filene, sjekkes hver innlevering mot terapeutlisten, og listen over manglende leveringer lages.</source>
        <translation>If the pilot file (pilot.toml) is among the files, every submission is checked against the therapist list, and the list of missing submissions is made.</translation>
    </message>
    <message>
        <source>&amp;Samle</source>
        <translation>&amp;Collect</translation>
    </message>
    <message>
        <source>Fremdrift</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>C&amp;ancel</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Fil for fil</source>
        <translation>File by file</translation>
    </message>
    <message>
        <source>Antall per status</source>
        <translation>Count per status</translation>
    </message>
    <message>
        <source>Ingen filer er samlet ennå.</source>
        <translation>No files have been collected yet.</translation>
    </message>
    <message>
        <source>Vis filer med status</source>
        <translation>Show files with status</translation>
    </message>
    <message>
        <source>Filene i samlingen</source>
        <translation>The files in the collection</translation>
    </message>
    <message>
        <source>Mangler</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Om manglende leveringer</source>
        <translation>About missing submissions</translation>
    </message>
    <message>
        <source>Manglende leveringer</source>
        <translation>Missing submissions</translation>
    </message>
</context>
<context>
    <name>absence</name>
    <message>
        <source>ferie</source>
        <translation>holiday</translation>
    </message>
    <message>
        <source>sykdom</source>
        <translation>illness</translation>
    </message>
    <message>
        <source>kurs</source>
        <translation>course</translation>
    </message>
    <message>
        <source>fravær</source>
        <translation>absence</translation>
    </message>
</context>
<context>
    <name>aggregate</name>
    <message>
        <source>{path} er ikke en samlingsfil fra rehablogg ({detail}).</source>
        <translation>{path} is not a rehablogg collection file ({detail}).</translation>
    </message>
    <message>
        <source>Samlingsfilen {path} er i bruk av en annen samling eller et annet program (ventet 5 sekunder); vent til den er ferdig og prøv igjen.</source>
        <translation>The collection file {path} is in use by another collection run or another program (waited 5 seconds); wait until it has finished and try again.</translation>
    </message>
    <message>
        <source>{path} er ikke en vanlig fil, men {what}; oppgi en samlingsfil (.sqlite3).</source>
        <translation>{path} is not a regular file but {what}; give a collection file (.sqlite3).</translation>
    </message>
    <message>
        <source>Samlingsfilen {path} kan ikke brukes ({detail}).</source>
        <translation>The collection file {path} cannot be used ({detail}).</translation>
    </message>
    <message>
        <source>{path} er laget av en nyere rehablogg (samlingsversjon {version}); oppdater.</source>
        <translation>{path} was made by a newer rehablogg (collection version {version}); update.</translation>
    </message>
    <message>
        <source>Listen over manglende leveringer trenger pilotfilen (pilot.toml med terapeutlisten) blant filene som samles.</source>
        <translation>The list of missing submissions needs the pilot file (pilot.toml with the therapist list) among the files collected.</translation>
    </message>
    <message>
        <source>ikke levert</source>
        <translation>not submitted</translation>
    </message>
    <message>
        <source>konflikt mellom innleveringer</source>
        <translation>conflict between submissions</translation>
    </message>
    <message>
        <source>korreksjon mangler: {missing} (tallene er fra den nyeste, {id})</source>
        <translation>correction missing: {missing} (the figures are from the newest, {id})</translation>
    </message>
    <message>
        <source>Hver bruker telles én gang: i kommunen der mest av tiden med brukeren er ført, i aldersgruppen og tjenesten fra den nyeste registreringen, med alle sine minutter.</source>
        <translation>Each client is counted once: in the municipality where most of the time with the client is recorded, in the age group and service of the newest entry, with all of their minutes.</translation>
    </message>
    <message>
        <source>{rows} rader er for mange for et regneark; de ligger i {file} ved siden av denne arbeidsboken.</source>
        <translation>{rows} rows are too many for a spreadsheet; they are in {file} next to this workbook.</translation>
    </message>
    <message>
        <source>Filen er på {size} MB, mer enn grensen på {limit} MB for en månedsfil; den er ikke åpnet.</source>
        <translation>The file is {size} MB, more than the limit of {limit} MB for a monthly file; it has not been opened.</translation>
    </message>
    <message>
        <source>Filen ville pakke seg ut til {size} MB (forhold 1:{ratio}), som er mistenkelig mye for en månedsfil; den er ikke åpnet.</source>
        <translation>The file would unpack to {size} MB (ratio 1:{ratio}), which is suspiciously large for a monthly file; it has not been opened.</translation>
    </message>
    <message>
        <source>Kontrollen av filen stoppet brått (prosessen som leste den, døde), så filen er ikke tatt med; kjør igjen, og meld fra om filen hvis det skjer igjen.</source>
        <translation>The check of the file stopped abruptly (the process reading it died), so the file is not included; run again, and report the file if it happens again.</translation>
    </message>
    <message>
        <source>Kontrollen av filen tok mer enn {seconds} sekunder og ble stoppet, så filen er ikke tatt med; be om en ny eksport av måneden.</source>
        <translation>The check of the file took more than {seconds} seconds and was stopped, so the file is not included; ask for a new export of the month.</translation>
    </message>
    <message>
        <source>Kontrollen av filen feilet uventet ({error}), så filen er ikke tatt med; meld fra om feilen.</source>
        <translation>The check of the file failed unexpectedly ({error}), so the file is not included; report the error.</translation>
    </message>
    <message>
        <source>Filen er ikke en innlevering (innlevering = nei); bare innleverte måneder (eksport med --submit) tas med.</source>
        <translation>The file is not a submission (innlevering = nei); only submitted months (exported with --submit) are included.</translation>
    </message>
    <message>
        <source>Filen hører til piloten «{found}», ikke til «{expected}».</source>
        <translation>The file belongs to the pilot “{found}”, not to “{expected}”.</translation>
    </message>
    <message>
        <source>Filen hører ikke til noen pilot; denne samlingen gjelder «{expected}».</source>
        <translation>The file does not belong to any pilot; this collection is for “{expected}”.</translation>
    </message>
    <message>
        <source>Terapeutkoden «{therapist}» står ikke på pilotens liste over terapeuter.</source>
        <translation>The therapist code “{therapist}” is not on the pilot&apos;s list of therapists.</translation>
    </message>
    <message>
        <source>Terapeut {therapist} står med kommunenummer {expected} på pilotens liste, men filen har {found}.</source>
        <translation>Therapist {therapist} is listed with municipality number {expected} on the pilot&apos;s list, but the file has {found}.</translation>
    </message>
    <message>
        <source>Måneden {month} ligger utenfor {therapist}s periode i piloten ({first}–{last}).</source>
        <translation>The month {month} is outside {therapist}&apos;s period in the pilot ({first}–{last}).</translation>
    </message>
    <message>
        <source>Filen bruker kodeverket {found}, men piloten bruker {expected}.</source>
        <translation>The file uses the catalogue {found}, but the pilot uses {expected}.</translation>
    </message>
    <message>
        <source>{done}/{total} filer …</source>
        <translation>{done}/{total} files …</translation>
    </message>
    <message>
        <source>Dette er {what}; bare vanlige filer tas med.</source>
        <translation>This is {what}; only regular files are included.</translation>
    </message>
    <message>
        <source>Filen kan ikke leses ({reason}); sjekk at den finnes og at du har lesetilgang, og kjør igjen.</source>
        <translation>The file cannot be read ({reason}); check that it exists and that you have read access, and run again.</translation>
    </message>
    <message>
        <source>Filen ble endret mens den ble lest; prøv igjen når den er ferdig skrevet eller kopiert.</source>
        <translation>The file changed while it was being read; try again when it has been fully written or copied.</translation>
    </message>
    <message>
        <source>Mappen kan ikke leses ({reason}), så filene i den er ikke tatt med; gi lesetilgang og kjør igjen.</source>
        <translation>The folder cannot be read ({reason}), so the files in it are not included; give read access and run again.</translation>
    </message>
    <message>
        <source>Fant flere pilotfiler ({files}); gi bare den som gjelder denne samlingen.</source>
        <translation>Found several pilot files ({files}); give only the one for this collection.</translation>
    </message>
    <message>
        <source>Fant ingen filer å samle i {inputs}.</source>
        <translation>Found no files to collect in {inputs}.</translation>
    </message>
    <message>
        <source>{path} finnes ikke.</source>
        <translation>{path} does not exist.</translation>
    </message>
    <message>
        <source>En måned kan bare returneres i en samling som tas vare på; oppgi samlingsfilen med --collection.</source>
        <translation>A month can only be returned in a collection that is kept; give the collection file with --collection.</translation>
    </message>
    <message>
        <source>Samme innlevering (eksport_id {id}) som {path}.</source>
        <translation>The same submission (eksport_id {id}) as {path}.</translation>
    </message>
    <message>
        <source>Erstattet av korreksjonen {id} ({path}).</source>
        <translation>Superseded by the correction {id} ({path}).</translation>
    </message>
    <message>
        <source>{therapist} {month} har flere innleveringer som ikke er korreksjoner av hverandre ({ids}); ingen av dem er tatt med før terapeuten sender en korreksjon.</source>
        <translation>{therapist} {month} has several submissions that are not corrections of one another ({ids}); none of them is included until the therapist sends a correction.</translation>
    </message>
    <message>
        <source>Tatt med som den nyeste korreksjonen for {therapist} {month}, men korreksjonskjeden mangler {missing}; be terapeuten sende den filen også (tallene endres ikke av den).</source>
        <translation>Included as the newest correction for {therapist} {month}, but the chain of corrections lacks {missing}; ask the therapist to send that file too (it does not change the figures).</translation>
    </message>
    <message>
        <source>Erstattet av den nyere korreksjonen {id} ({path}); korreksjonskjeden mellom dem mangler {missing}.</source>
        <translation>Superseded by the newer correction {id} ({path}); the chain of corrections between them lacks {missing}.</translation>
    </message>
    <message>
        <source>Korreksjonskjeden mangler {missing}.</source>
        <translation>The chain of corrections lacks {missing}.</translation>
    </message>
    <message>
        <source>eksport_id {id}</source>
        <translation>eksport_id {id}</translation>
    </message>
    <message>
        <source>Tall under {threshold} er skjult (:): antall personer fra 1 til {largest} vises ikke, og flere celler er skjult slik at ingen skjult verdi kan regnes ut eller snevres for mye inn fra summene. Minuttene til en skjult gruppe er skjult med den.</source>
        <translation>Counts below {threshold} are hidden (:): numbers of people from 1 to {largest} are not shown, and further cells are hidden so that no hidden value can be worked out, or narrowed down too far, from the totals. The minutes of a hidden group are hidden with it.</translation>
    </message>
    <message>
        <source>Tall under 2 er skjult (:): antall på 1 person vises ikke, og flere celler er skjult slik at ingen skjult verdi kan regnes ut eller snevres for mye inn fra summene. Minuttene til en skjult gruppe er skjult med den.</source>
        <translation>Counts below 2 are hidden (:): a count of 1 person is not shown, and further cells are hidden so that no hidden value can be worked out, or narrowed down too far, from the totals. The minutes of a hidden group are hidden with it.</translation>
    </message>
    <message>
        <source>Rapporten kan ikke lages: samlingen har ingen godtatte innleveringer; samle filer først.</source>
        <translation>The report cannot be made: the collection has no accepted submissions; collect files first.</translation>
    </message>
    <message>
        <source>{path} er en fil, ikke en mappe; oppgi en mappe for datasettet.</source>
        <translation>{path} is a file, not a folder; give a folder for the dataset.</translation>
    </message>
    <message>
        <source>Mappen {path} finnes ikke; opprett den eller velg en annen mappe for datasettet.</source>
        <translation>The folder {path} does not exist; create it or choose another folder for the dataset.</translation>
    </message>
    <message>
        <source>Det kan ikke skrives i datasettmappen {path} ({detail}); velg en mappe du kan skrive i.</source>
        <translation>The dataset folder {path} cannot be written to ({detail}); choose a folder you can write to.</translation>
    </message>
    <message>
        <source>Datasettet i {path} kunne ikke skrives ferdig ({detail}); hver måned i det er hel, men ikke alle er oppdatert: kjør igjen når feilen er rettet.</source>
        <translation>The dataset in {path} could not be written in full ({detail}); each month in it is complete, but not all are up to date: run again once the error has been fixed.</translation>
    </message>
    <message>
        <source>{path} er en fil; velg en mappe for kvitteringene.</source>
        <translation>{path} is a file; choose a folder for the receipts.</translation>
    </message>
    <message>
        <source>Mappen {path} for kvitteringene finnes ikke; opprett den eller velg en annen.</source>
        <translation>The folder {path} for the receipts does not exist; create it or choose another.</translation>
    </message>
    <message>
        <source>Samlingen har ingen innlevering med eksport_id {id}, så ingenting er returnert; finn eksport_id i arket Innsendinger og prøv igjen.</source>
        <translation>The collection has no submission with eksport_id {id}, so nothing has been returned; find the eksport_id in the sheet Innsendinger and try again.</translation>
    </message>
    <message>
        <source>Innleveringen {id} er allerede erstattet av en nyere korreksjon, så ingenting er returnert; returner den nyeste innleveringen for måneden.</source>
        <translation>The submission {id} has already been superseded by a newer correction, so nothing has been returned; return the newest submission for the month.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>synkronisert skymappe</source>
        <translation>synchronised cloud folder</translation>
    </message>
    <message>
        <source>nettverksmappe</source>
        <translation>network folder</translation>
    </message>
    <message>
        <source>Datamappen {folder} kan ikke lages eller brukes ({reason}).</source>
        <translation>The data folder {folder} cannot be created or used ({reason}).</translation>
    </message>
    <message>
        <source>databasen</source>
        <translation>the database</translation>
    </message>
    <message>
        <source>Databasen i {folder} er skadet, og rehablogg endrer den ikke. Ingen god sikkerhetskopi ble funnet.</source>
        <translation>The database in {folder} is damaged, and rehablogg does not change it. No good backup was found.</translation>
    </message>
    <message>
        <source>Databasen i {folder} er skadet, og rehablogg endrer den ikke. Start appen for å gjenopprette en sikkerhetskopi.</source>
        <translation>The database in {folder} is damaged, and rehablogg does not change it. Start the app to restore a backup.</translation>
    </message>
    <message>
        <source>Skadet database</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <source>Databasen i {folder} er skadet, og rehablogg endrer den ikke. Vil du gjenopprette sikkerhetskopien fra {taken} (registreringer: {entries})? Den skadde filen flyttes urørt, med -wal- og -shm-filene sine, til en egen mappe under {backups}.</source>
        <translation>The database in {folder} is damaged, and rehablogg does not change it. Do you want to restore the backup from {taken} (entries: {entries})? The damaged file is moved untouched, with its -wal and -shm files, to a folder of its own under {backups}.</translation>
    </message>
    <message>
        <source>Gjenopprett</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Avslutt</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Sikkerhetskopien kunne ikke gjenopprettes ({reason}); ingenting er slettet.</source>
        <translation>The backup could not be restored ({reason}); nothing has been deleted.</translation>
    </message>
    <message>
        <source>rehablogg stoppet uventet sist</source>
        <translation>rehablogg stopped unexpectedly last time</translation>
    </message>
    <message>
        <source>rehablogg stoppet uventet forrige gang. Detaljene under er også lagret i loggmappen; send dem gjerne til den som drifter appen.</source>
        <translation>rehablogg stopped unexpectedly last time. The details below are also saved in the log folder; feel free to send them to whoever runs the app.</translation>
    </message>
    <message>
        <source>Usikker datamappe</source>
        <translation>Unsafe data folder</translation>
    </message>
    <message>
        <source>Datamappen {folder} ligger i en {risk}. SQLite kan miste data der; flytt den til en lokal mappe (bruk --data-dir).</source>
        <translation>The data folder {folder} is in a {risk}. SQLite can lose data there; move it to a local folder (use --data-dir).</translation>
    </message>
    <message>
        <source>Dagens sikkerhetskopi kunne ikke tas; se loggen.</source>
        <translation>Today&apos;s backup could not be made; see the log.</translation>
    </message>
    <message>
        <source>Uventet feil</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Det skjedde en uventet feil. Det som er lagret, er trygt; sjekk den siste registreringen. Detaljene er lagret i loggen.</source>
        <translation>An unexpected error occurred. What has been saved is safe; check the last entry. The details are saved in the log.</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>Filen {path} er skadet.</source>
        <translation>The file {path} is damaged.</translation>
    </message>
    <message>
        <source>Filen {path} er laget av en nyere rehablogg og kan ikke brukes her.</source>
        <translation>The file {path} was made by a newer rehablogg and cannot be used here.</translation>
    </message>
    <message>
        <source>Filen {path} er ikke en rehablogg-database.</source>
        <translation>The file {path} is not a rehablogg database.</translation>
    </message>
    <message>
        <source>Filen {path} er ikke en uendret rehablogg-database ({problem}), så den brukes ikke; velg en sikkerhetskopi rehablogg har laget.</source>
        <translation>The file {path} is not an unaltered rehablogg database ({problem}), so it is not used; choose a backup that rehablogg has made.</translation>
    </message>
    <message>
        <source>Filen {path} er ikke en lesbar rehablogg-database.</source>
        <translation>The file {path} is not a readable rehablogg database.</translation>
    </message>
    <message>
        <source>rehablogg er åpen på denne datamappen; lukk appen før du gjenoppretter.</source>
        <translation>rehablogg is open on this data folder; close the app before you restore.</translation>
    </message>
</context>
<context>
    <name>buttons</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Bruk</source>
        <translation>Apply</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>{path} er ikke en vanlig fil; velg kalenderfilen (.ics) du eksporterte.</source>
        <translation>{path} is not a regular file; choose the calendar file (.ics) you exported.</translation>
    </message>
    <message>
        <source>Kalenderfilen {path} er større enn {mb} MB; eksporter bare de månedene du vil importere.</source>
        <translation>The calendar file {path} is larger than {mb} MB; export only the months you want to import.</translation>
    </message>
    <message>
        <source>Kalenderfilen {path} kan ikke leses ({reason}).</source>
        <translation>The calendar file {path} cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>Velg en periode på høyst ett år der fra-datoen kommer før til-datoen.</source>
        <translation>Choose a period of at most one year in which the from date comes before the to date.</translation>
    </message>
    <message>
        <source>{path} er ikke en iCalendar-fil (.ics); eksporter kalenderen som iCalendar og prøv igjen.</source>
        <translation>{path} is not an iCalendar file (.ics); export the calendar as iCalendar and try again.</translation>
    </message>
    <message>
        <source>Kalenderfilen {path} har mer enn {n} avtaler; eksporter bare de månedene du vil importere.</source>
        <translation>The calendar file {path} has more than {n} appointments; export only the months you want to import.</translation>
    </message>
    <message>
        <source>Kalenderfilen {path} kan ikke leses: den er skadet eller ikke en kalender.</source>
        <translation>The calendar file {path} cannot be read: it is damaged or not a calendar.</translation>
    </message>
    <message>
        <source>Kalenderfilen {path} har en avtale som ikke kan leses: {reason}.</source>
        <translation>The calendar file {path} has an appointment that cannot be read: {reason}.</translation>
    </message>
</context>
<context>
    <name>care_pathway</name>
    <message>
        <source>Brukeren finnes ikke i brukerregisteret; lukk vinduet og åpne brukeren på nytt.</source>
        <translation>The client is not in the client register; close the window and open the client again.</translation>
    </message>
    <message>
        <source>Forløpet finnes ikke lenger (det kan være slettet i et annet vindu); åpne brukeren på nytt.</source>
        <translation>The episode of care no longer exists (it may have been deleted in another window); open the client again.</translation>
    </message>
    <message>
        <source>Behovsvurderingen fra {day} finnes ikke lenger; åpne brukeren på nytt.</source>
        <translation>The needs assessment from {day} no longer exists; open the client again.</translation>
    </message>
    <message>
        <source>Det finnes allerede en behovsvurdering datert {day}; endre den i stedet.</source>
        <translation>There is already a needs assessment dated {day}; change that one instead.</translation>
    </message>
    <message>
        <source>Henvisningsdatoen kan ikke være etter i dag.</source>
        <translation>The referral date cannot be after today.</translation>
    </message>
    <message>
        <source>Velg hvem som henviste brukeren.</source>
        <translation>Choose who referred the client.</translation>
    </message>
    <message>
        <source>Tjenesten kan ikke starte før henvisningsdatoen.</source>
        <translation>The service cannot start before the referral date.</translation>
    </message>
    <message>
        <source>Sluttdatoen kan ikke være før henvisningen eller oppstarten.</source>
        <translation>The end date cannot be before the referral or the start.</translation>
    </message>
    <message>
        <source>Datoene i et forløp kan ikke være etter i dag.</source>
        <translation>The dates in an episode of care cannot be after today.</translation>
    </message>
    <message>
        <source>Velg hvorfor forløpet ble avsluttet.</source>
        <translation>Choose why the episode of care ended.</translation>
    </message>
    <message>
        <source>En avslutningsårsak krever en sluttdato; fyll inn sluttdatoen eller fjern årsaken.</source>
        <translation>A reason for ending requires an end date; fill in the end date or remove the reason.</translation>
    </message>
    <message>
        <source>Velg hva slags opphold det er.</source>
        <translation>Choose what kind of pause it is.</translation>
    </message>
    <message>
        <source>Et opphold fra {start} må ligge innenfor forløpet, fra henvisning til slutt.</source>
        <translation>A pause from {start} must lie within the episode of care, from referral to end.</translation>
    </message>
    <message>
        <source>Oppholdet fra {start} slutter før det begynner.</source>
        <translation>The pause from {start} ends before it begins.</translation>
    </message>
    <message>
        <source>Oppholdene fra {first} og {second} overlapper; rett datoene.</source>
        <translation>The pauses from {first} and {second} overlap; correct the dates.</translation>
    </message>
    <message>
        <source>Brukeren har allerede et forløp fra {referral} i samme tidsrom; avslutt det først.</source>
        <translation>The client already has an episode of care from {referral} in the same period; end it first.</translation>
    </message>
    <message>
        <source>Vurderingsdatoen kan ikke være etter i dag.</source>
        <translation>The assessment date cannot be after today.</translation>
    </message>
    <message>
        <source>Behovet «{kind}» må være ingen, noe eller mye.</source>
        <translation>The need “{kind}” must be none, some or a lot.</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <source>{where} gjentar en kode som står lenger opp; hver kode kan bare stå én gang.</source>
        <translation>{where} repeats a code further up; each code may appear only once.</translation>
    </message>
    <message>
        <source>kode {code}</source>
        <translation>code {code}</translation>
    </message>
    <message>
        <source>listen «{table}», nøkkel {key}</source>
        <translation>the list “{table}”, key {key}</translation>
    </message>
    <message>
        <source>{where} kan bare ha små bokstaver a til z, sifre, punktum og bindestrek (for eksempel «rehablogg-standard»), ikke {value}.</source>
        <translation>{where} can only have lower-case letters a to z, digits, full stops and hyphens (for example “rehablogg-standard”), not {value}.</translation>
    </message>
    <message>
        <source>{where} må være en stor bokstav fulgt av 1 til 5 store bokstaver eller sifre (for eksempel «D01»), ikke {value}.</source>
        <translation>{where} must be a capital letter followed by 1 to 5 capital letters or digits (for example “D01”), not {value}.</translation>
    </message>
    <message>
        <source>{where} må begynne med en liten bokstav og bare ha små bokstaver a til z, sifre og understrek, ikke {value}.</source>
        <translation>{where} must begin with a lower-case letter and have only lower-case letters a to z, digits and underscores, not {value}.</translation>
    </message>
    <message>
        <source>{where} gjentar en nøkkel som står lenger opp; hver nøkkel kan bare stå én gang.</source>
        <translation>{where} repeats a key further up; each key may appear only once.</translation>
    </message>
    <message>
        <source>{where} kan ikke være none i kategorien {category}, fordi direkte og indirekte brukertid alltid gjelder en bruker; bruk required eller optional.</source>
        <translation>{where} cannot be none in the category {category}, because direct and indirect client time always concerns a client; use required or optional.</translation>
    </message>
    <message>
        <source>{where} må være et heltall fra 1 til katalogens versjon {high}, ikke {value}.</source>
        <translation>{where} must be a whole number from 1 to the catalogue&apos;s version {high}, not {value}.</translation>
    </message>
    <message>
        <source>{where} må være en nøkkel fra listen «{table}» i samme fil, eller tom tekst for ingen, ikke {value}.</source>
        <translation>{where} must be a key from the list “{table}” in the same file, or empty text for none, not {value}.</translation>
    </message>
    <message>
        <source>forankring nr. {index}</source>
        <translation>corresponding code no. {index}</translation>
    </message>
    <message>
        <source>{where} må være en liste av forankringer, hver en tabell med system og kode, for eksempel [{{ system = &quot;takst&quot;, code = &quot;A1a&quot; }}], eller en tekst som ikke er tom som i versjon 1.</source>
        <translation>{where} must be a list of corresponding codes, each a table with system and code, for example [{{ system = &quot;takst&quot;, code = &quot;A1a&quot; }}], or a non-empty text as in version 1.</translation>
    </message>
    <message>
        <source>{where} har {count} forankringer, men høyst {limit} er tillatt.</source>
        <translation>{where} has {count} corresponding codes, but at most {limit} are allowed.</translation>
    </message>
    <message>
        <source>{where} har en forankring (nr. {index}) som er lenger enn {limit} tegn.</source>
        <translation>{where} has a corresponding code (no. {index}) that is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>{where} må være en tekst på én linje med 1 til {limit} tegn, ikke {value}.</source>
        <translation>{where} must be text on a single line with 1 to {limit} characters, not {value}.</translation>
    </message>
    <message>
        <source>{where} mangler nøkkelen «{missing}»; listen må ha alle disse nøklene: {allowed}.</source>
        <translation>{where} is missing the key “{missing}”; the list must have all of these keys: {allowed}.</translation>
    </message>
    <message>
        <source>{where} må ha minst én kode som ikke er utgått i versjon {version}.</source>
        <translation>{where} must have at least one code that is not retired in version {version}.</translation>
    </message>
</context>
<context>
    <name>categories</name>
    <message>
        <source>direkte</source>
        <translation>direct</translation>
    </message>
    <message>
        <source>indirekte</source>
        <translation>indirect</translation>
    </message>
    <message>
        <source>annet</source>
        <translation>other</translation>
    </message>
</context>
<context>
    <name>clients</name>
    <message>
        <source>Brukeren med pseudonymet {pseudonym} finnes allerede i brukerregisteret.</source>
        <translation>The client with the pseudonym {pseudonym} is already in the client register.</translation>
    </message>
    <message>
        <source>Bostedskommunen «{number}» finnes ikke i kommunelisten for 2024; velg en kommune fra listen, eller la feltet stå tomt når brukeren bor i din egen kommune.</source>
        <translation>The home municipality “{number}” is not in the 2024 list of municipalities; choose a municipality from the list, or leave the field empty when the client lives in your own municipality.</translation>
    </message>
    <message>
        <source>Tjenesteformen «{value}» er ukjent; velg egen kommune, interkommunalt samarbeid eller kjøp.</source>
        <translation>The arrangement “{value}” is unknown; choose own municipality, inter-municipal cooperation or purchased.</translation>
    </message>
</context>
<context>
    <name>completeness</name>
    <message>
        <source>Måneden har ikke begynt ennå, så den kan ikke leveres inn: {left} av {total} arbeidsdager gjenstår.</source>
        <translation>The month has not begun yet, so it cannot be submitted: {left} of {total} working days remain.</translation>
    </message>
    <message>
        <source>Perioden har ikke begynt ennå: {left} av {total} arbeidsdager gjenstår.</source>
        <translation>The period has not begun yet: {left} of {total} working days remain.</translation>
    </message>
    <message>
        <source>Måneden er ikke slutt før {last}: {left} av {total} arbeidsdager gjenstår.</source>
        <translation>The month does not end until {last}: {left} of {total} working days remain.</translation>
    </message>
    <message>
        <source>Perioden er ikke slutt før {last}: {left} av {total} arbeidsdager gjenstår.</source>
        <translation>The period does not end until {last}: {left} of {total} working days remain.</translation>
    </message>
    <message>
        <source>{day} er en arbeidsdag uten registreringer.</source>
        <translation>{day} is a working day without entries.</translation>
    </message>
    <message>
        <source>Tidtakeren går fortsatt; stopp den og lagre registreringen først.</source>
        <translation>The timer is still running; stop it and save the entry first.</translation>
    </message>
    <message>
        <source>Registreringen {day} ({code}): {problem}</source>
        <translation>The entry on {day} ({code}): {problem}</translation>
    </message>
    <message>
        <source>{day}: registreringen kl. {start} ({code}) overlapper en annen.</source>
        <translation>{day}: the entry at {start} ({code}) overlaps another.</translation>
    </message>
    <message>
        <source>Registreringen {day} bruker den utgåtte koden {code}.</source>
        <translation>The entry on {day} uses the retired code {code}.</translation>
    </message>
    <message>
        <source>Brukeren {pseudonym} mangler fødselsår (første gang {day}).</source>
        <translation>The client {pseudonym} has no birth year (first on {day}).</translation>
    </message>
</context>
<context>
    <name>coordination</name>
    <message>
        <source>koordinator</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <source>barnekoordinator</source>
        <translation>child coordinator</translation>
    </message>
    <message>
        <source>individuell plan</source>
        <translation>individual plan</translation>
    </message>
    <message>
        <source>ansvarsgruppe</source>
        <translation>responsibility group</translation>
    </message>
    <message>
        <source>samhandling med spesialisthelsetjenesten</source>
        <translation>liaison with specialist services</translation>
    </message>
</context>
<context>
    <name>durations</name>
    <message>
        <source>«{text}» er ikke en varighet; skriv minutter (90), timer og minutter (1:30) eller timer (1,5t).</source>
        <translation>“{text}” is not a duration; write minutes (90), hours and minutes (1:30) or hours (1,5t).</translation>
    </message>
</context>
<context>
    <name>entry</name>
    <message>
        <source>starttid</source>
        <translation>a start time</translation>
    </message>
    <message>
        <source>arena</source>
        <translation>a setting</translation>
    </message>
    <message>
        <source>kontaktform</source>
        <translation>a contact mode</translation>
    </message>
    <message>
        <source>minst én samarbeidspart</source>
        <translation>at least one partner</translation>
    </message>
    <message>
        <source>bruker</source>
        <translation>a client</translation>
    </message>
    <message>
        <source>Piloten krever {what} på hver registrering; fyll det ut.</source>
        <translation>The pilot requires {what} on every entry; fill it in.</translation>
    </message>
    <message>
        <source>Minutter må være mellom {low} og {high} (12 timer).</source>
        <translation>Minutes must be between {low} and {high} (12 hours).</translation>
    </message>
    <message>
        <source>Reiseminutter må være mellom 0 og {high}.</source>
        <translation>Travel minutes must be between 0 and {high}.</translation>
    </message>
    <message>
        <source>Registreringen går over midnatt; del den i to, én for hver dag.</source>
        <translation>The entry runs past midnight; split it in two, one for each day.</translation>
    </message>
    <message>
        <source>Datoen er mer enn {days} dager fram i tid; registrer arbeid når det er gjort.</source>
        <translation>The date is more than {days} days ahead; record work once it is done.</translation>
    </message>
    <message>
        <source>Koden «{code}» finnes ikke i kodeverket; velg en kode fra listen.</source>
        <translation>The code “{code}” is not in the catalogue; choose a code from the list.</translation>
    </message>
    <message>
        <source>Koden {code} er utgått; velg en gjeldende kode.</source>
        <translation>The code {code} is retired; choose a current code.</translation>
    </message>
    <message>
        <source>Koden {code} gjelder en bruker; velg minst én bruker.</source>
        <translation>The code {code} is for a client; choose at least one client.</translation>
    </message>
    <message>
        <source>Koden {code} gjelder ikke en bestemt bruker; fjern brukeren eller velg en annen kode.</source>
        <translation>The code {code} is not for a particular client; remove the client or choose another code.</translation>
    </message>
    <message>
        <source>Koden {code} gjelder én bruker; velg én bruker eller en gruppekode.</source>
        <translation>The code {code} is for one client; choose one client or a group code.</translation>
    </message>
    <message>
        <source>Samme bruker er valgt to ganger.</source>
        <translation>The same client is chosen twice.</translation>
    </message>
    <message>
        <source>Gruppekoden {code} krever en gruppestørrelse på minst 2.</source>
        <translation>The group code {code} needs a group size of at least 2.</translation>
    </message>
    <message>
        <source>Gruppestørrelsen ({size}) er mindre enn antall valgte brukere ({n}).</source>
        <translation>The group size ({size}) is smaller than the number of chosen clients ({n}).</translation>
    </message>
    <message>
        <source>Gruppestørrelse brukes bare med gruppekoder; la feltet stå tomt.</source>
        <translation>Group size is only used with group codes; leave the field empty.</translation>
    </message>
    <message>
        <source>Kontaktformen «{key}» finnes ikke; velg fra listen.</source>
        <translation>The contact mode “{key}” does not exist; choose from the list.</translation>
    </message>
    <message>
        <source>Arenaen «{key}» finnes ikke; velg fra listen.</source>
        <translation>The setting “{key}” does not exist; choose from the list.</translation>
    </message>
    <message>
        <source>Samarbeidsparten «{key}» finnes ikke; velg fra listen.</source>
        <translation>The partner “{key}” does not exist; choose from the list.</translation>
    </message>
    <message>
        <source>Registreringen overlapper en annen fra {start} ({minutes} min); lagre likevel hvis det er riktig.</source>
        <translation>The entry overlaps another from {start} ({minutes} min); save anyway if that is right.</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>Mappen {folder} finnes ikke; opprett den eller velg en annen.</source>
        <translation>The folder {folder} does not exist; create it or choose another.</translation>
    </message>
    <message>
        <source>Kunne ikke skrive eksporten i {folder}: {reason}.</source>
        <translation>Could not write the export in {folder}: {reason}.</translation>
    </message>
    <message>
        <source>eksporten</source>
        <translation>the export</translation>
    </message>
    <message>
        <source>begrunnelsen for en endring</source>
        <translation>the reason for a change</translation>
    </message>
    <message>
        <source>En innlevering gjelder alltid en hel måned; velg en måned (--period ÅÅÅÅ-MM).</source>
        <translation>A submission is always for a whole month; choose a month (--period YYYY-MM).</translation>
    </message>
    <message>
        <source>En innlevering er alltid en xlsx-fil; CSV er bare en visning.</source>
        <translation>A submission is always an xlsx file; CSV is for viewing only.</translation>
    </message>
    <message>
        <source>En innlevering krever terapeutkode og kommunenummer i profilen; fyll dem ut først (rehablogg profile set --therapist KODE --municipality NNNN).</source>
        <translation>A submission needs a therapist code and a municipality number in the profile; fill them in first (rehablogg profile set --therapist CODE --municipality NNNN).</translation>
    </message>
    <message>
        <source>Kommunenummeret {number} i profilen finnes ikke i kommunelisten for 2024, så filen ville blitt avvist; velg kommunen på nytt i profilen før du eksporterer.</source>
        <translation>The municipality number {number} in the profile is not in the 2024 list of municipalities, so the file would be refused; choose the municipality again in the profile before you export.</translation>
    </message>
    <message>
        <source>Måneden {month} har ikke begynt ennå, så den kan ikke leveres inn; eksporter den uten å levere, eller lever den når den er slutt.</source>
        <translation>The month {month} has not begun yet, so it cannot be submitted; export it without submitting, or submit it when it has ended.</translation>
    </message>
    <message>
        <source>Måneden {month} er ikke slutt før {last} ({left} av {total} arbeidsdager gjenstår); lever den når den er slutt, eller bekreft at den skal leveres nå (--before-month-end).</source>
        <translation>The month {month} does not end until {last} ({left} of {total} working days remain); submit it when it has ended, or confirm that it is to be submitted now (--before-month-end).</translation>
    </message>
    <message>
        <source>Notatet på registreringen {entry} ({code}) ser ut til å inneholde et fødselsnummer eller D-nummer; fjern det fra notatet, eller eksporter uten notater.</source>
        <translation>The note on the entry {entry} ({code}) seems to contain a national identity number or D number; remove it from the note, or export without notes.</translation>
    </message>
    <message>
        <source>Feltet «{field}» ser ut til å inneholde et fødselsnummer eller D-nummer; rett det før du eksporterer.</source>
        <translation>The field “{field}” seems to contain a national identity number or D number; correct it before you export.</translation>
    </message>
    <message>
        <source>Registreringen {date} har koden «{code}», som ikke finnes i kodeverket {catalogue}; rett koden før du eksporterer.</source>
        <translation>The entry on {date} has the code “{code}”, which is not in the catalogue {catalogue}; correct the code before you export.</translation>
    </message>
    <message>
        <source>Registreringen {date} ({code}) har samarbeidsparten «{party}», som ikke finnes i kodeverket {catalogue}; rett registreringen før du eksporterer.</source>
        <translation>The entry on {date} ({code}) has the partner “{party}”, which is not in the catalogue {catalogue}; correct the entry before you export.</translation>
    </message>
    <message>
        <source>gyldig</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>Filen finnes ikke.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>Dette er en mappe, ikke en fil.</source>
        <translation>This is a folder, not a file.</translation>
    </message>
    <message>
        <source>Filen kan ikke leses: {reason}.</source>
        <translation>The file cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>Dette er en CSV-fil, som bare er en visning for mennesker og ikke kan kontrolleres; send xlsx-filen fra rehablogg i stedet.</source>
        <translation>This is a CSV file, which is only a view for people and cannot be checked; send the xlsx file from rehablogg instead.</translation>
    </message>
    <message>
        <source>Dette er en gammel Excel-fil (.xls), ikke en xlsx-arbeidsbok; send xlsx-filen fra rehablogg i stedet.</source>
        <translation>This is an old Excel file (.xls), not an xlsx workbook; send the xlsx file from rehablogg instead.</translation>
    </message>
    <message>
        <source>Dette er et OpenDocument-regneark (.ods), ikke en xlsx-arbeidsbok; send xlsx-filen fra rehablogg i stedet.</source>
        <translation>This is an OpenDocument spreadsheet (.ods), not an xlsx workbook; send the xlsx file from rehablogg instead.</translation>
    </message>
    <message>
        <source>Filen er ikke en xlsx-arbeidsbok.</source>
        <translation>The file is not an xlsx workbook.</translation>
    </message>
    <message>
        <source>Filen er et zip-arkiv, men ikke en xlsx-arbeidsbok.</source>
        <translation>The file is a zip archive, but not an xlsx workbook.</translation>
    </message>
    <message>
        <source>Filen er ufullstendig eller skadet, så den kan ikke leses som xlsx; be om en ny kopi.</source>
        <translation>The file is incomplete or damaged, so it cannot be read as xlsx; ask for a new copy.</translation>
    </message>
    <message>
        <source>Arbeidsboken er ikke en eksport fra rehablogg (arket «Metadata» mangler).</source>
        <translation>The workbook is not an export from rehablogg (the sheet “Metadata” is missing).</translation>
    </message>
    <message>
        <source>Arbeidsboken er ikke en eksport fra rehablogg (Metadata, feltet «format» er «{value}», ventet «{expected}»).</source>
        <translation>The workbook is not an export from rehablogg (Metadata, the field “format” is “{value}”, expected “{expected}”).</translation>
    </message>
    <message>
        <source>Metadata, feltet «format_versjon»: «{value}» er ikke et versjonsnummer som 1.0.</source>
        <translation>Metadata, the field “format_versjon”: “{value}” is not a version number like 1.0.</translation>
    </message>
    <message>
        <source>Filen har formatversjon {value}, som denne versjonen av rehablogg ikke kan lese (den leser 1.x); oppdater rehablogg.</source>
        <translation>The file has format version {value}, which this version of rehablogg cannot read (it reads 1.x); update rehablogg.</translation>
    </message>
    <message>
        <source>Arket «{sheet}» mangler.</source>
        <translation>The sheet “{sheet}” is missing.</translation>
    </message>
    <message>
        <source>Arket «{sheet}» hører ikke til format {version}.</source>
        <translation>The sheet “{sheet}” does not belong to format {version}.</translation>
    </message>
    <message>
        <source>Arkene står i feil rekkefølge: ventet {expected}, fant {found}.</source>
        <translation>The sheets are in the wrong order: expected {expected}, found {found}.</translation>
    </message>
    <message>
        <source>{sheet}, kolonne {column}: overskriften er «{found}», ventet «{expected}».</source>
        <translation>{sheet}, column {column}: the heading is “{found}”, expected “{expected}”.</translation>
    </message>
    <message>
        <source>{sheet}, kolonne {column}: kolonnen «{expected}» mangler.</source>
        <translation>{sheet}, column {column}: the column “{expected}” is missing.</translation>
    </message>
    <message>
        <source>{sheet}, kolonne {column}: kolonnen «{found}» hører ikke til format {version}.</source>
        <translation>{sheet}, column {column}: the column “{found}” does not belong to format {version}.</translation>
    </message>
    <message>
        <source>{sheet}, kolonne {column}: «{found}» er ikke et gyldig navn på en samarbeidspartkolonne.</source>
        <translation>{sheet}, column {column}: “{found}” is not a valid name for a partner column.</translation>
    </message>
    <message>
        <source>Registreringer: samarbeidspartkolonnene stemmer ikke med kodeverket {catalogue} versjon {version}; ventet {expected}.</source>
        <translation>Registreringer: the partner columns do not match the catalogue {catalogue} version {version}; expected {expected}.</translation>
    </message>
    <message>
        <source>Metadata mangler feltet «{name}».</source>
        <translation>Metadata lacks the field “{name}”.</translation>
    </message>
    <message>
        <source>Metadata, rad {row}: ventet feltet «{expected}», fant «{found}».</source>
        <translation>Metadata, row {row}: expected the field “{expected}”, found “{found}”.</translation>
    </message>
    <message>
        <source>Metadata, rad {row}: feltet «{found}» hører ikke til format {version}.</source>
        <translation>Metadata, row {row}: the field “{found}” does not belong to format {version}.</translation>
    </message>
    <message>
        <source>Metadata, rad {row}: feltet «{found}» står to ganger.</source>
        <translation>Metadata, row {row}: the field “{found}” appears twice.</translation>
    </message>
    <message>
        <source>Metadata, rad {row}, feltet «{name}»: {problem}.</source>
        <translation>Metadata, row {row}, the field “{name}”: {problem}.</translation>
    </message>
    <message>
        <source>Registreringer har {found} rader, men Metadata sier antall_registreringer = {expected}; rader er slettet eller lagt til etter eksport.</source>
        <translation>Registreringer has {found} rows, but Metadata says antall_registreringer = {expected}; rows have been deleted or added after export.</translation>
    </message>
    <message>
        <source>Sjekksummen stemmer ikke med innholdet: en verdi i Metadata, Registreringer eller Deltakere er endret etter eksport.</source>
        <translation>The checksum does not match the contents: a value in Metadata, Registreringer or Deltakere has been changed after export.</translation>
    </message>
    <message>
        <source>Metadata, feltet «ark_sjekksum»: stemmer ikke med arkene etter Metadata; en verdi i {sheets} er endret etter eksport.</source>
        <translation>Metadata, the field “ark_sjekksum”: does not match the sheets after Metadata; a value in {sheets} has been changed after export.</translation>
    </message>
    <message>
        <source>Metadata, feltet «eksport_id»: {found} stemmer ikke med terapeut, periode og sjekksum (ventet {expected}).</source>
        <translation>Metadata, the field “eksport_id”: {found} does not match the therapist, period and checksum (expected {expected}).</translation>
    </message>
    <message>
        <source>{sheet}, rad {row}: raden er tom, men det kommer rader etter den.</source>
        <translation>{sheet}, row {row}: the row is empty, but there are rows after it.</translation>
    </message>
    <message>
        <source>{sheet}, rad {row}, kolonne {column} ({name}): {problem}.</source>
        <translation>{sheet}, row {row}, column {column} ({name}): {problem}.</translation>
    </message>
    <message>
        <source>{sheet}, rad {row}: {first} ({first_cell} = {first_value}) og {second} ({second_cell} = {second_value}) stemmer ikke overens; en av dem er endret etter eksport.</source>
        <translation>{sheet}, row {row}: {first} ({first_cell} = {first_value}) and {second} ({second_cell} = {second_value}) do not agree; one of them has been changed after export.</translation>
    </message>
    <message>
        <source>Registreringer, rad {row}: antall_brukere er {expected}, men Deltakere har {found} rader for registreringen.</source>
        <translation>Registreringer, row {row}: antall_brukere is {expected}, but Deltakere has {found} rows for the entry.</translation>
    </message>
    <message>
        <source>Koder, rad {row}: {name} for kode {code} er «{found}», men kodeverket {catalogue} versjon {version} sier «{expected}».</source>
        <translation>Koder, row {row}: {name} for code {code} is “{found}”, but the catalogue {catalogue} version {version} says “{expected}”.</translation>
    </message>
    <message>
        <source>Koder, rad {row}: koden «{code}» finnes ikke i kodeverket {catalogue} versjon {version}.</source>
        <translation>Koder, row {row}: the code “{code}” is not in the catalogue {catalogue} version {version}.</translation>
    </message>
    <message>
        <source>Koder: koden {code} fra kodeverket {catalogue} versjon {version} mangler.</source>
        <translation>Koder: the code {code} from the catalogue {catalogue} version {version} is missing.</translation>
    </message>
    <message>
        <source>Forløp, rad {row}: antall_opphold er {expected}, men Opphold har {found} rader for forløpet.</source>
        <translation>Forløp, row {row}: antall_opphold is {expected}, but Opphold has {found} rows for the episode of care.</translation>
    </message>
    <message>
        <source>Endringer har {count} rader, men filen korrigerer ingen innlevering (korrigerer er tom); bare en korreksjon sier hva som er endret.</source>
        <translation>Endringer has {count} rows, but the file corrects no submission (korrigerer is empty); only a correction says what has changed.</translation>
    </message>
    <message>
        <source>{first} (og {count} feil til)</source>
        <translation>{first} (and {count} more errors)</translation>
    </message>
    <message>
        <source>{sheet} har {rows} rader, flere enn de {limit} en periode på {days} dager kan ha (høyst {per_day} per dag); filen er ikke lest videre.</source>
        <translation>{sheet} has {rows} rows, more than the {limit} a period of {days} days can have (at most {per_day} per day); the file has not been read further.</translation>
    </message>
    <message>
        <source>{sheet} har {count} kolonner, flere enn de {limit} format 1.x kan ha; filen er ikke lest videre.</source>
        <translation>{sheet} has {count} columns, more than the {limit} format 1.x can have; the file has not been read further.</translation>
    </message>
    <message>
        <source>{sheet}, rad {row}: det står en verdi i kolonne {column}, til høyre for kolonnene arket har overskrifter for.</source>
        <translation>{sheet}, row {row}: there is a value in column {column}, to the right of the columns the sheet has headings for.</translation>
    </message>
    <message>
        <source>forventet en tekst</source>
        <translation>expected a text</translation>
    </message>
    <message>
        <source>verdien mangler</source>
        <translation>the value is missing</translation>
    </message>
    <message>
        <source>forventet et helt tall, fant «{value}»</source>
        <translation>expected a whole number, found “{value}”</translation>
    </message>
    <message>
        <source>{value} er utenfor det tillatte området {low}–{high}</source>
        <translation>{value} is outside the allowed range {low}–{high}</translation>
    </message>
    <message>
        <source>forventet en dato, fant «{value}»</source>
        <translation>expected a date, found “{value}”</translation>
    </message>
    <message>
        <source>{value} er utenfor perioden {start}–{end}</source>
        <translation>{value} is outside the period {start}–{end}</translation>
    </message>
    <message>
        <source>«{value}» er ikke et klokkeslett TT:MM</source>
        <translation>“{value}” is not a time of day HH:MM</translation>
    </message>
    <message>
        <source>forventet 0 eller 1, fant «{value}»</source>
        <translation>expected 0 or 1, found “{value}”</translation>
    </message>
    <message>
        <source>forventet et tall, fant «{value}»</source>
        <translation>expected a number, found “{value}”</translation>
    </message>
    <message>
        <source>registrering_id {value} står også på rad {other}</source>
        <translation>registrering_id {value} is also on row {other}</translation>
    </message>
    <message>
        <source>registrering_id {value} finnes ikke i Registreringer</source>
        <translation>registrering_id {value} is not in Registreringer</translation>
    </message>
    <message>
        <source>brukeren {value} står to ganger på samme registrering</source>
        <translation>the client {value} appears twice on the same entry</translation>
    </message>
    <message>
        <source>«{value}» er ikke et pseudonym som K-7Q2M9X</source>
        <translation>“{value}” is not a pseudonym like K-7Q2M9X</translation>
    </message>
    <message>
        <source>forventet habilitering eller rehabilitering, fant «{value}»</source>
        <translation>expected habilitering or rehabilitering, found “{value}”</translation>
    </message>
    <message>
        <source>koden «{value}» finnes ikke i arket Koder</source>
        <translation>the code “{value}” is not in the Koder sheet</translation>
    </message>
    <message>
        <source>«{value}» er ikke en kategori (direkte, indirekte eller annet)</source>
        <translation>“{value}” is not a category (direkte, indirekte or annet)</translation>
    </message>
    <message>
        <source>koden {value} står to ganger</source>
        <translation>the code {value} appears twice</translation>
    </message>
    <message>
        <source>verdien «{value}» har en type formatet ikke tillater</source>
        <translation>the value “{value}” has a type the format does not allow</translation>
    </message>
    <message>
        <source>{value} er før {other} ({earlier})</source>
        <translation>{value} is before {other} ({earlier})</translation>
    </message>
    <message>
        <source>{value} er etter {other} ({later})</source>
        <translation>{value} is after {other} ({later})</translation>
    </message>
    <message>
        <source>{value} er etter periodens slutt {end}</source>
        <translation>{value} is after the end of the period, {end}</translation>
    </message>
    <message>
        <source>{value} er før periodens start {start}</source>
        <translation>{value} is before the start of the period, {start}</translation>
    </message>
    <message>
        <source>«{value}» er ikke et kommunenummer i kommunelista for 2024</source>
        <translation>“{value}” is not a municipality number in the 2024 list of municipalities</translation>
    </message>
    <message>
        <source>«{value}» er ikke en henvisningskilde ({words})</source>
        <translation>“{value}” is not a referral source ({words})</translation>
    </message>
    <message>
        <source>«{value}» er ikke en sluttårsak ({words})</source>
        <translation>“{value}” is not a reason for ending ({words})</translation>
    </message>
    <message>
        <source>«{value}» er ikke en type opphold ({words})</source>
        <translation>“{value}” is not a type of pause ({words})</translation>
    </message>
    <message>
        <source>forventet ingen, noe eller mye, fant «{value}»</source>
        <translation>expected ingen, noe or mye, found “{value}”</translation>
    </message>
    <message>
        <source>forventet egen, samarbeid eller kjop, fant «{value}»</source>
        <translation>expected egen, samarbeid or kjop, found “{value}”</translation>
    </message>
    <message>
        <source>en sluttårsak hører bare til et forløp med sluttdato</source>
        <translation>a reason for ending belongs only to an episode of care with an end date</translation>
    </message>
    <message>
        <source>et forløp med sluttdato må ha en sluttårsak</source>
        <translation>an episode of care with an end date must have a reason for ending</translation>
    </message>
    <message>
        <source>forlop_id {value} står også på rad {other}</source>
        <translation>forlop_id {value} is also on row {other}</translation>
    </message>
    <message>
        <source>forlop_id {value} finnes ikke i arket Forløp</source>
        <translation>forlop_id {value} is not in the Forløp sheet</translation>
    </message>
    <message>
        <source>oppholdet {pause} ligger ikke innenfor forløpet {episode}; et opphold begynner tidligst på henvist og slutter senest på sluttdato</source>
        <translation>the pause {pause} does not lie within the episode {episode}; a pause begins on henvist at the earliest and ends on sluttdato at the latest</translation>
    </message>
    <message>
        <source>teksten ser ut til å inneholde et fødselsnummer eller D-nummer, som aldri skal stå i en eksport</source>
        <translation>the text seems to contain a national identity number or D number, which must never appear in an export</translation>
    </message>
    <message>
        <source>«{value}» er ikke en dato ÅÅÅÅ-MM-DD</source>
        <translation>“{value}” is not a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>«{value}» er ikke et tidspunkt</source>
        <translation>“{value}” is not a timestamp</translation>
    </message>
    <message>
        <source>perioden slutter før den begynner</source>
        <translation>the period ends before it begins</translation>
    </message>
    <message>
        <source>forventet ja eller nei, fant «{value}»</source>
        <translation>expected ja or nei, found “{value}”</translation>
    </message>
    <message>
        <source>«{value}» er ikke {length} heksadesimale sifre</source>
        <translation>“{value}” is not {length} hexadecimal digits</translation>
    </message>
    <message>
        <source>«{value}» er ikke et kommunenummer med fire sifre</source>
        <translation>“{value}” is not a four-digit municipality number</translation>
    </message>
    <message>
        <source>en innlevering må ha en verdi her</source>
        <translation>a submission must have a value here</translation>
    </message>
    <message>
        <source>en innlevering gjelder en hel kalendermåned</source>
        <translation>a submission covers a whole calendar month</translation>
    </message>
    <message>
        <source>en innlevering kan ikke gjelde en måned som begynner etter at filen ble laget (opprettet {created})</source>
        <translation>a submission cannot be for a month that begins after the file was made (created {created})</translation>
    </message>
    <message>
        <source>Filen er på {size} MB, mer enn grensen på {limit} MB; den er ikke åpnet.</source>
        <translation>The file is {size} MB, more than the limit of {limit} MB; it has not been opened.</translation>
    </message>
    <message>
        <source>Filen er passordbeskyttet (kryptert) og kan ikke kontrolleres; send xlsx-filen fra rehablogg slik den ble eksportert, uten passord.</source>
        <translation>The file is password-protected (encrypted) and cannot be checked; send the xlsx file from rehablogg as it was exported, without a password.</translation>
    </message>
    <message>
        <source>Arbeidsboken har {count} deler, flere enn de {limit} en eksport kan ha; den er ikke åpnet.</source>
        <translation>The workbook has {count} parts, more than the {limit} an export can have; it has not been opened.</translation>
    </message>
    <message>
        <source>Arbeidsboken har en del med et navn som peker ut av arkivet eller er ugyldig ({name}); den er ikke åpnet.</source>
        <translation>The workbook has a part with a name that points out of the archive or is invalid ({name}); it has not been opened.</translation>
    </message>
    <message>
        <source>Arbeidsboken har delen {name} to ganger; den er ikke åpnet.</source>
        <translation>The workbook has the part {name} twice; it has not been opened.</translation>
    </message>
    <message>
        <source>Delen {name} er pakket med en metode regneark ikke bruker; filen er ikke åpnet.</source>
        <translation>The part {name} is compressed with a method spreadsheets do not use; the file has not been opened.</translation>
    </message>
    <message>
        <source>Delen {name} pakker seg ut til mer enn {limit} MB, mer enn en eksport kan inneholde; filen er ikke åpnet.</source>
        <translation>The part {name} unpacks to more than {limit} MB, more than an export can contain; the file has not been opened.</translation>
    </message>
    <message>
        <source>Arbeidsboken pakker seg ut til mer enn {limit} MB til sammen, mer enn en eksport kan inneholde; den er ikke åpnet.</source>
        <translation>The workbook unpacks to more than {limit} MB in total, more than an export can contain; it has not been opened.</translation>
    </message>
    <message>
        <source>Delen {name} pakker seg ut til over {ratio} ganger sin pakkede størrelse, som en zip-bombe; filen er ikke åpnet.</source>
        <translation>The part {name} unpacks to over {ratio} times its compressed size, like a zip bomb; the file has not been opened.</translation>
    </message>
    <message>
        <source>Delen {name} pakker seg ut til en annen størrelse enn arkivet oppgir; filen er skadet eller endret, be om en ny kopi.</source>
        <translation>The part {name} unpacks to a different size than the archive states; the file is damaged or altered, ask for a new copy.</translation>
    </message>
    <message>
        <source>Delen {name} er ikke XML i UTF-8, slik regneark skriver den; filen er ikke åpnet.</source>
        <translation>The part {name} is not XML in UTF-8, as spreadsheets write it; the file has not been opened.</translation>
    </message>
    <message>
        <source>Delen {name} inneholder en DTD eller en entitetsdefinisjon, som regneark aldri skriver; filen er ikke åpnet.</source>
        <translation>The part {name} contains a DTD or an entity definition, which spreadsheets never write; the file has not been opened.</translation>
    </message>
    <message>
        <source>Arbeidsboken mangler innholdslisten [Content_Types].xml; den er ikke åpnet.</source>
        <translation>The workbook lacks the content list [Content_Types].xml; it has not been opened.</translation>
    </message>
    <message>
        <source>Arbeidsboken inneholder makroer ({name}); send xlsx-filen fra rehablogg, som aldri har makroer.</source>
        <translation>The workbook contains macros ({name}); send the xlsx file from rehablogg, which never has macros.</translation>
    </message>
    <message>
        <source>Arbeidsboken har en kobling til noe utenfor filen ({name}); send xlsx-filen fra rehablogg uten koblinger.</source>
        <translation>The workbook has a link to something outside the file ({name}); send the xlsx file from rehablogg without links.</translation>
    </message>
    <message>
        <source>Arbeidsboken har en del som verken rehablogg eller et regneark skriver i en eksport ({name}); filen er ikke åpnet.</source>
        <translation>The workbook has a part that neither rehablogg nor a spreadsheet writes in an export ({name}); the file has not been opened.</translation>
    </message>
    <message>
        <source>Arket {sheet} inneholder formler; en eksport har bare verdier, og den lagrede verdien av en formel kan avvike fra det regnearket viser.</source>
        <translation>The sheet {sheet} contains formulas; an export has only values, and the stored value of a formula can differ from what the spreadsheet shows.</translation>
    </message>
    <message>
        <source>Arket {sheet} har celler med feilverdier (som #DIV/0! eller #N/A), som en eksport aldri har; filen er ikke åpnet.</source>
        <translation>The sheet {sheet} has cells with error values (such as #DIV/0! or #N/A), which an export never has; the file has not been opened.</translation>
    </message>
    <message>
        <source>Arket {sheet} har rader eller celler uten adresse eller i en uvanlig form, som regneark ikke skriver; filen er ikke åpnet.</source>
        <translation>The sheet {sheet} has rows or cells without an address or in an unusual form, which spreadsheets do not write; the file has not been opened.</translation>
    </message>
    <message>
        <source>Arket {sheet} går til rad {rows}, mer enn grensen på {limit} rader; filen er ikke åpnet.</source>
        <translation>The sheet {sheet} goes to row {rows}, more than the limit of {limit} rows; the file has not been opened.</translation>
    </message>
    <message>
        <source>Arket {sheet} har celler i kolonne {column}, utenfor de {limit} kolonnene en eksport kan ha; filen er ikke åpnet.</source>
        <translation>The sheet {sheet} has cells in column {column}, outside the {limit} columns an export can have; the file has not been opened.</translation>
    </message>
    <message>
        <source>Arket {sheet} spenner over {rows} rader og {columns} kolonner, men har bare {cells} celler; filen er ikke åpnet.</source>
        <translation>The sheet {sheet} spans {rows} rows and {columns} columns but has only {cells} cells; the file has not been opened.</translation>
    </message>
    <message>
        <source>Tabellen over delte tekster har over {limit} tekster, flere enn arbeidsboken har celler; filen er ikke åpnet.</source>
        <translation>The shared strings table has over {limit} strings, more than the workbook has cells; the file has not been opened.</translation>
    </message>
    <message>
        <source>Tabellen over delte tekster er ikke skrevet slik regneark skriver den; filen er ikke åpnet.</source>
        <translation>The shared strings table is not written the way spreadsheets write it; the file has not been opened.</translation>
    </message>
    <message>
        <source>Dette er {what}; bare vanlige filer kan kontrolleres.</source>
        <translation>This is {what}; only regular files can be checked.</translation>
    </message>
    <message>
        <source>Filen er for stor ({what}); den er ikke åpnet.</source>
        <translation>The file is too large ({what}); it has not been opened.</translation>
    </message>
    <message>
        <source>Filen ble endret mens den ble lest; prøv igjen når den er ferdig skrevet eller kopiert.</source>
        <translation>The file changed while it was being read; try again when it has been fully written or copied.</translation>
    </message>
    <message>
        <source>Registrerings-ID</source>
        <translation>Entry ID</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Uke</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Starttid</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kodenavn</source>
        <translation>Code name</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Minutter</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Reiseminutter</source>
        <translation>Travel minutes</translation>
    </message>
    <message>
        <source>Antall brukere</source>
        <translation>Number of clients</translation>
    </message>
    <message>
        <source>Gruppestørrelse</source>
        <translation>Group size</translation>
    </message>
    <message>
        <source>Arena</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Kontaktform</source>
        <translation>Contact mode</translation>
    </message>
    <message>
        <source>Samarbeidspart</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Bruker</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Fødselsår</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Aldersgruppe</source>
        <translation>Age group</translation>
    </message>
    <message>
        <source>Tjeneste</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Har individuell plan</source>
        <translation>Has an individual plan</translation>
    </message>
    <message>
        <source>Har koordinator</source>
        <translation>Has a coordinator</translation>
    </message>
    <message>
        <source>Har barnekoordinator</source>
        <translation>Has a child coordinator</translation>
    </message>
    <message>
        <source>Terapeuten er koordinator</source>
        <translation>The therapist is the coordinator</translation>
    </message>
    <message>
        <source>Bostedskommune</source>
        <translation>Home municipality</translation>
    </message>
    <message>
        <source>Tjenesteform</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <source>Navn på bokmål</source>
        <translation>Name in bokmål</translation>
    </message>
    <message>
        <source>Navn på nynorsk</source>
        <translation>Name in nynorsk</translation>
    </message>
    <message>
        <source>Navn på engelsk</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <source>Brukerkrav</source>
        <translation>Client requirement</translation>
    </message>
    <message>
        <source>Gruppekode</source>
        <translation>Group code</translation>
    </message>
    <message>
        <source>Forankring</source>
        <translation>Corresponding codes</translation>
    </message>
    <message>
        <source>Utgått i versjon</source>
        <translation>Retired in version</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Formatversjon</source>
        <translation>Format version</translation>
    </message>
    <message>
        <source>Programversjon</source>
        <translation>Program version</translation>
    </message>
    <message>
        <source>Eksport-ID</source>
        <translation>Export ID</translation>
    </message>
    <message>
        <source>Opprettet</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Periode fra</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Periode til</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>Innlevering</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>Terapeut</source>
        <translation>Therapist</translation>
    </message>
    <message>
        <source>Profesjon</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Kommunenummer</source>
        <translation>Municipality number</translation>
    </message>
    <message>
        <source>Kommunenavn</source>
        <translation>Municipality name</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Stillingsprosent</source>
        <translation>Position percentage</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>Kodeverk</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Kodeverkets versjon</source>
        <translation>Catalogue version</translation>
    </message>
    <message>
        <source>Antall registreringer</source>
        <translation>Number of entries</translation>
    </message>
    <message>
        <source>Korrigerer</source>
        <translation>Corrects</translation>
    </message>
    <message>
        <source>Sjekksum</source>
        <translation>Checksum</translation>
    </message>
    <message>
        <source>KOSTRA-funksjon</source>
        <translation>KOSTRA function</translation>
    </message>
    <message>
        <source>Sjekksum for arkene etter Metadata</source>
        <translation>Checksum of the sheets after Metadata</translation>
    </message>
    <message>
        <source>Forløps-ID</source>
        <translation>Episode of care ID</translation>
    </message>
    <message>
        <source>Henvist</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Henvist fra</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Startdato</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Sluttdato</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Sluttårsak</source>
        <translation>Reason for ending</translation>
    </message>
    <message>
        <source>Første direkte kontakt</source>
        <translation>First direct contact</translation>
    </message>
    <message>
        <source>Antall opphold</source>
        <translation>Number of pauses</translation>
    </message>
    <message>
        <source>Oppholdsdager</source>
        <translation>Days paused</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Type opphold</source>
        <translation>Type of pause</translation>
    </message>
    <message>
        <source>Vurdert</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>Barnehage/skole</source>
        <translation>Kindergarten/school</translation>
    </message>
    <message>
        <source>Bolig</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Hjelpemidler</source>
        <translation>Assistive devices</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>IP/koordinator</source>
        <translation>Individual plan/coordinator</translation>
    </message>
    <message>
        <source>Ankerkode</source>
        <translation>Corresponding code</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Før</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Etter</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Årsak</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>faults</name>
    <message>
        <source>Disken er full (eller filen ble for stor), så {what} ble ikke skrevet; frigjør plass i {folder} og prøv igjen.</source>
        <translation>The disk is full (or the file grew too large), so {what} was not written; free some space in {folder} and try again.</translation>
    </message>
    <message>
        <source>{folder} er skrivebeskyttet eller du mangler skrivetilgang, så {what} ble ikke skrevet; be om skrivetilgang eller velg en annen mappe.</source>
        <translation>{folder} is read-only or you lack write access, so {what} was not written; ask for write access or choose another folder.</translation>
    </message>
    <message>
        <source>Databasen er opptatt av et annet program eller en annen rehablogg-kommando (ventet 5 sekunder), så {what} ble ikke skrevet; vent litt og prøv igjen.</source>
        <translation>The database is busy with another program or another rehablogg command (waited 5 seconds), so {what} was not written; wait a little and try again.</translation>
    </message>
    <message>
        <source>{folder} finnes ikke lenger eller kan ikke nås (flyttet, slettet eller frakoblet?), så {what} ble ikke skrevet; koble den til igjen og prøv på nytt.</source>
        <translation>{folder} no longer exists or cannot be reached (moved, deleted or disconnected?), so {what} was not written; reconnect it and try again.</translation>
    </message>
    <message>
        <source>Disken svarte med en feil mens {what} ble lest eller skrevet i {folder}; sjekk disken (eller minnepinnen) og prøv igjen.</source>
        <translation>The disk reported an error while {what} was being read or written in {folder}; check the disk (or the memory stick) and try again.</translation>
    </message>
    <message>
        <source>sikkerhetskopien som tas før innleveringen</source>
        <translation>the backup made before the submission</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>ikke en vanlig fil, men {kind}</source>
        <translation>not a regular file but {kind}</translation>
    </message>
    <message>
        <source>{size} MB, mer enn grensen på {limit} MB</source>
        <translation>{size} MB, more than the limit of {limit} MB</translation>
    </message>
    <message>
        <source>filen ble endret mens den ble lest; prøv igjen når den er ferdig skrevet</source>
        <translation>the file changed while it was being read; try again when it has been fully written</translation>
    </message>
    <message>
        <source>en mappe</source>
        <translation>a folder</translation>
    </message>
    <message>
        <source>et navngitt rør (FIFO)</source>
        <translation>a named pipe (FIFO)</translation>
    </message>
    <message>
        <source>en socket</source>
        <translation>a socket</translation>
    </message>
    <message>
        <source>en enhet</source>
        <translation>a device</translation>
    </message>
    <message>
        <source>noe annet enn en fil</source>
        <translation>something other than a file</translation>
    </message>
</context>
<context>
    <name>free_text</name>
    <message>
        <source>Notatet inneholder et fødselsnummer, D-nummer eller H-nummer, og slike numre lagres aldri; fjern nummeret og lagre igjen.</source>
        <translation>The note contains a national identity number, D number or H number, and such numbers are never saved; remove the number and save again.</translation>
    </message>
    <message>
        <source>Navnet inneholder et fødselsnummer, D-nummer eller H-nummer, og slike numre lagres aldri; skriv et navn eller kallenavn uten nummeret.</source>
        <translation>The name contains a national identity number, D number or H number, and such numbers are never saved; type a name or nickname without the number.</translation>
    </message>
    <message>
        <source>Begrunnelsen inneholder et fødselsnummer, D-nummer eller H-nummer, og slike numre lagres aldri; fjern nummeret.</source>
        <translation>The reason contains a national identity number, D number or H number, and such numbers are never saved; remove the number.</translation>
    </message>
    <message>
        <source>Enhetsnavnet inneholder et fødselsnummer, D-nummer eller H-nummer, og slike numre lagres aldri; fjern nummeret.</source>
        <translation>The unit name contains a national identity number, D number or H number, and such numbers are never saved; remove the number.</translation>
    </message>
    <message>
        <source>Malen inneholder et fødselsnummer, D-nummer eller H-nummer, og slike numre lagres aldri; fjern nummeret.</source>
        <translation>The template contains a national identity number, D number or H number, and such numbers are never saved; remove the number.</translation>
    </message>
    <message>
        <source>Teksten inneholder et fødselsnummer, D-nummer eller H-nummer, og slike numre lagres aldri; fjern nummeret.</source>
        <translation>The text contains a national identity number, D number or H number, and such numbers are never saved; remove the number.</translation>
    </message>
</context>
<context>
    <name>holidays</name>
    <message>
        <source>Første nyttårsdag</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>Skjærtorsdag</source>
        <translation>Maundy Thursday</translation>
    </message>
    <message>
        <source>Langfredag</source>
        <translation>Good Friday</translation>
    </message>
    <message>
        <source>Første påskedag</source>
        <translation>Easter Sunday</translation>
    </message>
    <message>
        <source>Andre påskedag</source>
        <translation>Easter Monday</translation>
    </message>
    <message>
        <source>Arbeidernes dag</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <source>Grunnlovsdag</source>
        <translation>Constitution Day</translation>
    </message>
    <message>
        <source>Kristi himmelfartsdag</source>
        <translation>Ascension Day</translation>
    </message>
    <message>
        <source>Første pinsedag</source>
        <translation>Whit Sunday</translation>
    </message>
    <message>
        <source>Andre pinsedag</source>
        <translation>Whit Monday</translation>
    </message>
    <message>
        <source>Første juledag</source>
        <translation>Christmas Day</translation>
    </message>
    <message>
        <source>Andre juledag</source>
        <translation>Boxing Day</translation>
    </message>
</context>
<context>
    <name>journal_text</name>
    <message>
        <source>Malen er tom; skriv minst én plassholder, for eksempel {dato}.</source>
        <translation>The template is empty; write at least one placeholder, for example {dato}.</translation>
    </message>
    <message>
        <source>«{{{name}}}» er ikke en kjent plassholder; bruk {known}.</source>
        <translation>“{{{name}}}” is not a known placeholder; use {known}.</translation>
    </message>
    <message>
        <source>Malen har en krøllparentes uten partner; skriv plassholdere som {dato}, og doble krøllparenteser ({{ eller }}) for å få dem som tegn.</source>
        <translation>The template has an unmatched curly bracket; write placeholders like {dato}, and double the curly brackets ({{ or }}) to get them as characters.</translation>
    </message>
    <message>
        <source>«{{{field}}}» har et tillegg etter navnet; skriv plassholderen bare som {{{name}}}.</source>
        <translation>“{{{field}}}” has something added after the name; write the placeholder just as {{{name}}}.</translation>
    </message>
    <message>
        <source>«{language}» er ikke et språk for journaltekst; velg bokmål (nb) eller nynorsk (nn).</source>
        <translation>“{language}” is not a language for journal text; choose bokmål (nb) or nynorsk (nn).</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>Venstre</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Høyre</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Pil opp</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Pil ned</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Mellomrom</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Tilbake</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Page Down</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>uke %1</source>
        <translation>week %1</translation>
    </message>
    <message>
        <source>Uke %1</source>
        <translation>Week %1</translation>
    </message>
    <message>
        <source>man</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>tir</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>ons</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>tor</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>fre</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>lør</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>søn</source>
        <translation>Sun</translation>
    </message>
</context>
<context>
    <name>municipalities</name>
    <message>
        <source>Skriv kommunenummeret eller navnet på kommunen, for eksempel 0301 eller Oslo.</source>
        <translation>Type the municipality number or name, for example 0301 or Oslo.</translation>
    </message>
    <message>
        <source> eller </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Flere kommuner heter {text}; velg {options}.</source>
        <translation>Several municipalities are called {text}; choose {options}.</translation>
    </message>
    <message>
        <source>Ingen kommune heter «{text}»; skriv kommunenummeret eller velg fra listen.</source>
        <translation>No municipality is called “{text}”; type the municipality number or choose from the list.</translation>
    </message>
</context>
<context>
    <name>periods</name>
    <message>
        <source>«{text}» er ikke en måned; skriv den som ÅÅÅÅ-MM.</source>
        <translation>“{text}” is not a month; write it as YYYY-MM.</translation>
    </message>
    <message>
        <source>uke {week}</source>
        <translation>week {week}</translation>
    </message>
    <message>
        <source>«{text}» er ikke en dato; skriv den som ÅÅÅÅ-MM-DD.</source>
        <translation>“{text}” is not a date; write it as YYYY-MM-DD.</translation>
    </message>
</context>
<context>
    <name>pilot</name>
    <message>
        <source>{where} må være «rehablogg-pilot»; dette er ikke en pilotfil.</source>
        <translation>{where} must be “rehablogg-pilot”; this is not a pilot file.</translation>
    </message>
    <message>
        <source>{where} må være 1.x; filen er laget av en nyere rehablogg.</source>
        <translation>{where} must be 1.x; the file was made by a newer rehablogg.</translation>
    </message>
    <message>
        <source>{where} kan bare ha små bokstaver, sifre og bindestrek (2–40 tegn), ikke {value}.</source>
        <translation>{where} can only have lower-case letters, digits and hyphens (2–40 characters), not {value}.</translation>
    </message>
    <message>
        <source>{where} må være 64 heksadesimale tegn når pseudonymene er koblet.</source>
        <translation>{where} must be 64 hexadecimal characters when the pseudonyms are linked.</translation>
    </message>
    <message>
        <source>{where} skal bare være med når linked_pseudonyms = true.</source>
        <translation>{where} belongs only with linked_pseudonyms = true.</translation>
    </message>
    <message>
        <source>{where} mangler; legg inn minst én terapeut som [[roster]].</source>
        <translation>{where} is missing; add at least one therapist as [[roster]].</translation>
    </message>
    <message>
        <source>terapeut {code}</source>
        <translation>therapist {code}</translation>
    </message>
    <message>
        <source>{where} kan bare ha bokstaver, sifre og bindestrek (høyst 20 tegn), ikke {value}.</source>
        <translation>{where} can only have letters, digits and hyphens (at most 20 characters), not {value}.</translation>
    </message>
    <message>
        <source>{where} står to ganger i listen; hver terapeut kan bare stå én gang.</source>
        <translation>{where} appears twice in the list; each therapist may appear only once.</translation>
    </message>
    <message>
        <source>{where} må ha fire sifre, ikke {value}.</source>
        <translation>{where} must have four digits, not {value}.</translation>
    </message>
    <message>
        <source>{where} må være en måned skrevet ÅÅÅÅ-MM i anførselstegn, ikke {value}.</source>
        <translation>{where} must be a month written YYYY-MM in quotation marks, not {value}.</translation>
    </message>
    <message>
        <source>{where} kan ikke være før first_month.</source>
        <translation>{where} cannot be before first_month.</translation>
    </message>
    <message>
        <source>{where} må være en liste som [[0, 5], [6, 12], [67]].</source>
        <translation>{where} must be a list like [[0, 5], [6, 12], [67]].</translation>
    </message>
    <message>
        <source>{where} må dekke alle aldre fra 0 uten hull, og bare den siste gruppen kan være åpen oppover (som [67]).</source>
        <translation>{where} must cover all ages from 0 without gaps, and only the last group may be open-ended (like [67]).</translation>
    </message>
    <message>
        <source>{where} har en gruppe der slutten er før starten ([{low}, {high}]).</source>
        <translation>{where} has a group that ends before it starts ([{low}, {high}]).</translation>
    </message>
    <message>
        <source>{where} må være tabeller som [intensity_targets.habilitering].</source>
        <translation>{where} must be tables like [intensity_targets.habilitering].</translation>
    </message>
    <message>
        <source>{where} gjelder ingen kjent tjeneste; bruk habilitering eller rehabilitering.</source>
        <translation>{where} is for no known service; use habilitering or rehabilitering.</translation>
    </message>
    <message>
        <source>{where} er tom; gi sessions_per_week og/eller minutes_per_week.</source>
        <translation>{where} is empty; give sessions_per_week and/or minutes_per_week.</translation>
    </message>
    <message>
        <source>{where} må være et tall fra 0 til 50 (direkte økter per uke, som 1.5), ikke {value}.</source>
        <translation>{where} must be a number from 0 to 50 (direct sessions per week, like 1.5), not {value}.</translation>
    </message>
    <message>
        <source>{where} må være et heltall fra 0 til 5000 (direkte minutter per uke), ikke {value}.</source>
        <translation>{where} must be a whole number from 0 to 5000 (direct minutes per week), not {value}.</translation>
    </message>
    <message>
        <source>{where} setter ikke noe mål; gi sessions_per_week eller minutes_per_week større enn 0.</source>
        <translation>{where} sets no target; give sessions_per_week or minutes_per_week greater than 0.</translation>
    </message>
    <message>
        <source>{where} må være et heltall fra {low} til {high} (antall personer under dette skjules i delingsarkene; vanlig er 5), ikke {value}.</source>
        <translation>{where} must be a whole number from {low} to {high} (counts of people below it are hidden in the sharing sheets; 5 is usual), not {value}.</translation>
    </message>
    <message>
        <source>{file}: første linje må være {header}.</source>
        <translation>{file}: the first line must be {header}.</translation>
    </message>
    <message>
        <source>{file}: linje {line}</source>
        <translation>{file}: line {line}</translation>
    </message>
    <message>
        <source>{where} har {count} felt, men skal ha {expected}.</source>
        <translation>{where} has {count} fields but should have {expected}.</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <source>{file} har ingen terapeuter etter overskriftslinjen.</source>
        <translation>{file} has no therapists after the header line.</translation>
    </message>
    <message>
        <source>Terapeutkoden {code} står ikke i pilotens liste.</source>
        <translation>The therapist code {code} is not in the pilot&apos;s list.</translation>
    </message>
    <message>
        <source>Piloten bruker kodeverket «{wanted}», men denne rehablogg har bare «{have}»; be pilotlederen om en pilotfil for {have}.</source>
        <translation>The pilot uses the catalogue “{wanted}”, but this rehablogg only has “{have}”; ask the pilot lead for a pilot file for {have}.</translation>
    </message>
    <message>
        <source>Piloten bruker versjon {wanted} av kodeverket, men denne rehablogg har versjon {have}; {advice}.</source>
        <translation>The pilot uses version {wanted} of the catalogue, but this rehablogg has version {have}; {advice}.</translation>
    </message>
    <message>
        <source>oppdater rehablogg</source>
        <translation>update rehablogg</translation>
    </message>
    <message>
        <source>be pilotlederen om en ny pilotfil</source>
        <translation>ask the pilot lead for a new pilot file</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>Kommunenummeret «{number}» må ha fire sifre, for eksempel 0301.</source>
        <translation>The municipality number “{number}” must have four digits, for example 0301.</translation>
    </message>
    <message>
        <source>Kommunenummeret {number} finnes ikke i kommunelisten for 2024.</source>
        <translation>The municipality number {number} is not in the 2024 list of municipalities.</translation>
    </message>
    <message>
        <source>Terapeutkoden «{code}» kan bare ha bokstaver, sifre og bindestrek (høyst 20 tegn).</source>
        <translation>The therapist code “{code}” can only have letters, digits and hyphens (at most 20 characters).</translation>
    </message>
    <message>
        <source>Stillingsprosenten må være mellom 1 og 100.</source>
        <translation>The position percentage must be between 1 and 100.</translation>
    </message>
    <message>
        <source>Profesjonen må være fysioterapeut eller ergoterapeut.</source>
        <translation>The profession must be physiotherapist or occupational therapist.</translation>
    </message>
</context>
<context>
    <name>proposals</name>
    <message>
        <source>Importer kalender</source>
        <translation>Import calendar</translation>
    </message>
    <message>
        <source>Velg kalenderfil</source>
        <translation>Choose a calendar file</translation>
    </message>
    <message>
        <source>iCalendar-filer (*.ics);;Alle filer (*)</source>
        <translation>iCalendar files (*.ics);;All files (*)</translation>
    </message>
    <message>
        <source>Møter fra {first} til {last}: {n} forslag, {new} nye. Kontroller kode og bruker, fjern haken for det som ikke er arbeid, og trykk Lagre valgte. Møtets deltakere og beskrivelse tas aldri med.</source>
        <translation>Meetings from {first} to {last}: {n} suggestions, {new} new. Check the code and client, untick whatever is not work, and press Save selected. A meeting&apos;s participants and description are never included.</translation>
    </message>
    <message>
        <source>{n} heldagsavtaler, avlyste eller for lange avtaler er hoppet over.</source>
        <translation>{n} all-day, cancelled or overlong appointments were skipped.</translation>
    </message>
    <message>
        <source>Kopier forrige uke</source>
        <translation>Copy last week</translation>
    </message>
    <message>
        <source>Uka før {week} har ingen registreringer å kopiere.</source>
        <translation>The week before {week} has no entries to copy.</translation>
    </message>
    <message>
        <source>Forrige ukes registreringer foreslått for {week} (helligdager og fraværsdager er hoppet over, notater tas ikke med). Fjern haken for det som ikke skal gjentas, og trykk Lagre valgte.</source>
        <translation>Last week&apos;s entries suggested for {week} (public holidays and absence days are skipped, notes are not included). Untick whatever is not to be repeated, and press Save selected.</translation>
    </message>
</context>
<context>
    <name>pseudonym</name>
    <message>
        <source>Fødselsnummeret er ikke gyldig; sjekk at alle 11 sifrene er riktige.</source>
        <translation>The national identity number is not valid; check that all 11 digits are right.</translation>
    </message>
    <message>
        <source>Pilotnøkkelen må være 64 tegn, bare sifre og a til f; lim den inn på nytt.</source>
        <translation>The pilot key must be 64 characters, only digits and a to f; paste it again.</translation>
    </message>
</context>
<context>
    <name>receipt</name>
    <message>
        <source>Filen er {size} KiB, men en kvittering er aldri større enn {limit} KiB; velg kvitteringsfilen (.json) du fikk fra pilotlederen.</source>
        <translation>The file is {size} KiB, but a receipt is never larger than {limit} KiB; choose the receipt file (.json) you got from the pilot lead.</translation>
    </message>
    <message>
        <source>Filen er ikke en kvittering (ikke gyldig JSON); velg kvitteringsfilen (.json) du fikk fra pilotlederen.</source>
        <translation>The file is not a receipt (not valid JSON); choose the receipt file (.json) you got from the pilot lead.</translation>
    </message>
    <message>
        <source>Filen er ikke en kvittering fra rehablogg (format «{found}»); velg kvitteringsfilen du fikk fra pilotlederen.</source>
        <translation>The file is not a receipt from rehablogg (format “{found}”); choose the receipt file you got from the pilot lead.</translation>
    </message>
    <message>
        <source>Kvitteringen har versjon {found}, som denne rehablogg ikke kan lese; oppdater rehablogg.</source>
        <translation>The receipt has version {found}, which this rehablogg cannot read; update rehablogg.</translation>
    </message>
    <message>
        <source>Kvitteringen er ikke bygd som en kvittering skal ({detail}); be pilotlederen om en ny.</source>
        <translation>The receipt is not structured as a receipt should be ({detail}); ask the pilot lead for a new one.</translation>
    </message>
    <message>
        <source>Kvitteringen er endret etter at den ble skrevet (kontrollsummen stemmer ikke); be pilotlederen om en ny.</source>
        <translation>The receipt has been changed after it was written (the checksum does not match); ask the pilot lead for a new one.</translation>
    </message>
    <message>
        <source>Skriv hvorfor måneden sendes tilbake, så terapeuten vet hva som skal rettes.</source>
        <translation>Write why the month is being sent back, so the therapist knows what to correct.</translation>
    </message>
    <message>
        <source>Årsaken er {length} tegn, men kan være høyst {limit}; skriv den kortere.</source>
        <translation>The reason is {length} characters, but can be at most {limit}; make it shorter.</translation>
    </message>
    <message>
        <source>Årsaken inneholder et fødselsnummer, D-nummer eller H-nummer, og slike numre lagres aldri; fjern nummeret.</source>
        <translation>The reason contains a national identity number, D number or H number, and such numbers are never saved; remove the number.</translation>
    </message>
    <message>
        <source>Kvitteringen har en årsak med et fødselsnummer, D-nummer eller H-nummer ({month}), og slike numre lagres aldri; be pilotlederen om en ny kvittering uten nummeret.</source>
        <translation>The receipt has a reason with a national identity number, D number or H number ({month}), and such numbers are never saved; ask the pilot lead for a new receipt without the number.</translation>
    </message>
</context>
<context>
    <name>receipts</name>
    <message>
        <source>Kvitteringen gjelder terapeut {found}, men denne loggboken er {own}; les inn kvitteringen med din egen terapeutkode.</source>
        <translation>The receipt is for therapist {found}, but this logbook belongs to {own}; read the receipt into the logbook with your own therapist code.</translation>
    </message>
    <message>
        <source>Profilen har ingen terapeutkode, så kvitteringen kan ikke knyttes til deg; fyll inn terapeutkoden i Fil → Profil og innstillinger først.</source>
        <translation>The profile has no therapist code, so the receipt cannot be linked to you; fill in the therapist code under File → Profile and settings first.</translation>
    </message>
    <message>
        <source>Ingen av de {count} månedene i kvitteringen er levert fra denne loggboken, så ingenting er lest inn; er det riktig loggbok?</source>
        <translation>None of the {count} months in the receipt was submitted from this logbook, so nothing has been read in; is this the right logbook?</translation>
    </message>
    <message>
        <source>Kvitteringen nevner ingen måneder, så det er ingenting å lese inn.</source>
        <translation>The receipt names no months, so there is nothing to read in.</translation>
    </message>
    <message>
        <source>{path} er ikke en vanlig fil, men {what}; velg kvitteringsfilen (.json).</source>
        <translation>{path} is not a regular file but {what}; choose the receipt file (.json).</translation>
    </message>
    <message>
        <source>Kvitteringen {path} kan ikke leses ({reason}); sjekk at filen finnes.</source>
        <translation>The receipt {path} cannot be read ({reason}); check that the file exists.</translation>
    </message>
    <message>
        <source>Kvitteringen ble endret mens den ble lest; prøv igjen når den er ferdig kopiert.</source>
        <translation>The receipt changed while it was being read; try again when it has been fully copied.</translation>
    </message>
</context>
<context>
    <name>states</name>
    <message>
        <source>åpen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>levert</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>endret etter levering</source>
        <translation>changed after submission</translation>
    </message>
    <message>
        <source>godkjent</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>erstattet</source>
        <translation>superseded</translation>
    </message>
    <message>
        <source>returnert</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>levert på nytt, venter på kvittering</source>
        <translation>resubmitted, awaiting a receipt</translation>
    </message>
    <message>
        <source>Kvittering: returnert av pilotlederen – {reason} Rett det som trengs og lever måneden på nytt; den leveres som korreksjon.</source>
        <translation>Receipt: returned by the pilot lead – {reason} Correct what is needed and submit the month again; it will be submitted as a correction.</translation>
    </message>
    <message>
        <source>Kvittering: godkjent av pilotlederen.</source>
        <translation>Receipt: approved by the pilot lead.</translation>
    </message>
    <message>
        <source>Kvittering: erstattet av en nyere korreksjon.</source>
        <translation>Receipt: superseded by a newer correction.</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>Databasefilen {path} finnes ikke lenger (er datamappen flyttet eller frakoblet?); det du skrev står fortsatt i skjemaet.</source>
        <translation>The database file {path} no longer exists (was the data folder moved or disconnected?); what you typed is still in the form.</translation>
    </message>
    <message>
        <source>Databasen {path} er låst av et annet program (for eksempel et databaseverktøy eller et sikkerhetskopiprogram); lukk det programmet eller vent litt, og prøv igjen – filen er ikke endret.</source>
        <translation>The database {path} is locked by another program (for example a database tool or a backup program); close that program or wait a little, and try again – the file is unchanged.</translation>
    </message>
    <message>
        <source>rehablogg får ikke lese databasen {path}; sjekk at brukeren din eier datamappen og filene i den og har lese- og skrivetilgang til dem (be IT om hjelp ved behov), og prøv igjen – filen er ikke endret.</source>
        <translation>rehablogg is not allowed to read the database {path}; check that your user account owns the data folder and the files in it and has read and write access to them (ask IT for help if needed), and try again – the file is unchanged.</translation>
    </message>
    <message>
        <source>Databasefilen {path} kan ikke leses: den er skadet eller ikke en database.</source>
        <translation>The database file {path} cannot be read: it is damaged or not a database.</translation>
    </message>
    <message>
        <source>Databasen {path} er laget av en nyere rehablogg (skjemaversjon {found}, denne versjonen kjenner {known}); oppdater rehablogg, filen er ikke endret.</source>
        <translation>The database {path} was made by a newer rehablogg (schema version {found}, this version knows {known}); update rehablogg, the file is unchanged.</translation>
    </message>
    <message>
        <source>Disken er full, så registreringen er ikke lagret; frigjør plass og lagre igjen (det du skrev står fortsatt i skjemaet).</source>
        <translation>The disk is full, so the entry is not saved; free some space and save again (what you typed is still in the form).</translation>
    </message>
    <message>
        <source>Databasen er opptatt av et annet program; vent litt og lagre igjen (det du skrev står fortsatt i skjemaet).</source>
        <translation>The database is busy with another program; wait a little and save again (what you typed is still in the form).</translation>
    </message>
    <message>
        <source>Datamappen er skrivebeskyttet, så registreringen er ikke lagret; be IT om skrivetilgang (det du skrev står fortsatt i skjemaet).</source>
        <translation>The data folder is read-only, so the entry is not saved; ask IT for write access (what you typed is still in the form).</translation>
    </message>
    <message>
        <source>Databasefilen kan ikke nås (er datamappen flyttet eller frakoblet?); det du skrev står fortsatt i skjemaet.</source>
        <translation>The database file cannot be reached (was the data folder moved or disconnected?); what you typed is still in the form.</translation>
    </message>
    <message>
        <source>Registreringen kunne ikke lagres ({error}); det du skrev står fortsatt i skjemaet.</source>
        <translation>The entry could not be saved ({error}); what you typed is still in the form.</translation>
    </message>
    <message>
        <source>Databasen kan ikke leses: {error}.</source>
        <translation>The database cannot be read: {error}.</translation>
    </message>
    <message>
        <source>Databasefilen er skadet: {detail}.</source>
        <translation>The database file is damaged: {detail}.</translation>
    </message>
    <message>
        <source>Databasen er ikke slik rehablogg lager den ({problem}); gjenopprett en sikkerhetskopi som rehablogg godtar, eller be den som drifter appen om hjelp.</source>
        <translation>The database is not as rehablogg makes it ({problem}); restore a backup that rehablogg accepts, or ask whoever runs the app for help.</translation>
    </message>
    <message>
        <source>Databasen har koblinger til brukere eller registreringer som ikke finnes.</source>
        <translation>The database has links to clients or entries that do not exist.</translation>
    </message>
    <message>
        <source>Registreringer bruker koder som ikke finnes i kodeverket: {codes}.</source>
        <translation>Entries use codes that are not in the catalogue: {codes}.</translation>
    </message>
    <message>
        <source>Brukernes forløp eller bostedskommuner har verdier som denne versjonen av rehablogg ikke kjenner: {values}; oppdater rehablogg eller be den som drifter appen om hjelp.</source>
        <translation>Clients&apos; episodes of care or home municipalities have values that this version of rehablogg does not recognise: {values}; update rehablogg or ask whoever runs the app for help.</translation>
    </message>
    <message>
        <source>Datamappen {path} er i bruk av et annet rehablogg-vindu; lukk det og prøv igjen.</source>
        <translation>The data folder {path} is in use by another rehablogg window; close it and try again.</translation>
    </message>
    <message>
        <source>Måneden {month} er levert; oppgi en begrunnelse for endringen.</source>
        <translation>The month {month} has been submitted; give a reason for the change.</translation>
    </message>
    <message>
        <source>Databasen ble endret mens eksporten ble laget, så ingenting er lagret; kjør eksporten på nytt.</source>
        <translation>The database changed while the export was being made, so nothing was saved; run the export again.</translation>
    </message>
    <message>
        <source>Denne kalenderavtalen er allerede importert; den er ikke lagret på nytt.</source>
        <translation>This calendar appointment has already been imported; it has not been saved again.</translation>
    </message>
    <message>
        <source>Datamappen {folder} er skrivebeskyttet eller du mangler skrivetilgang, og rehablogg må kunne skrive der (også for å lese databasen); be om skrivetilgang, eller bruk --data-dir med en annen mappe.</source>
        <translation>The data folder {folder} is read-only or you lack write access, and rehablogg must be able to write there (also to read the database); ask for write access, or use --data-dir with another folder.</translation>
    </message>
    <message>
        <source>en tabell</source>
        <translation>a table</translation>
    </message>
    <message>
        <source>tabellen</source>
        <translation>the table</translation>
    </message>
    <message>
        <source>en indeks</source>
        <translation>an index</translation>
    </message>
    <message>
        <source>indeksen</source>
        <translation>the index</translation>
    </message>
    <message>
        <source>en visning</source>
        <translation>a view</translation>
    </message>
    <message>
        <source>visningen</source>
        <translation>the view</translation>
    </message>
    <message>
        <source>en trigger</source>
        <translation>a trigger</translation>
    </message>
    <message>
        <source>triggeren</source>
        <translation>the trigger</translation>
    </message>
    <message>
        <source>den har {kind} «{name}» som rehablogg ikke lager</source>
        <translation>it has {kind} “{name}” that rehablogg does not make</translation>
    </message>
    <message>
        <source>{kind} «{name}» er endret</source>
        <translation>{kind} “{name}” has been changed</translation>
    </message>
    <message>
        <source>{kind} «{name}» mangler</source>
        <translation>{kind} “{name}” is missing</translation>
    </message>
</context>
<context>
    <name>system_libraries</name>
    <message>
        <source>Vinduet kan ikke startes fordi systembiblioteket {files} mangler; installer pakken som har det (se «Systempakker» i README).</source>
        <translation>The window cannot start because the system library {files} is missing; install the package that has it (see “Systempakker” in the README).</translation>
    </message>
    <message>
        <source>Vinduet kan ikke startes fordi systembiblioteker mangler ({files}); installer dem med «sudo apt install {debian}» (Debian/Ubuntu) eller «sudo dnf install {fedora}» (Fedora).</source>
        <translation>The window cannot start because system libraries are missing ({files}); install them with “sudo apt install {debian}” (Debian/Ubuntu) or “sudo dnf install {fedora}” (Fedora).</translation>
    </message>
    <message>
        <source>Fant ingen skjerm på DISPLAY={display} (X-serveren kjører ikke); start rehablogg fra skrivebordet, eller bruk kommandoene som ikke trenger vindu (rehablogg --help).</source>
        <translation>Found no display at DISPLAY={display} (the X server is not running); start rehablogg from the desktop, or use the commands that need no window (rehablogg --help).</translation>
    </message>
    <message>
        <source>Fant ingen skjerm å åpne vinduet på (DISPLAY er ikke satt); start rehablogg fra skrivebordet, eller bruk kommandoene som ikke trenger vindu (rehablogg --help).</source>
        <translation>Found no display to open the window on (DISPLAY is not set); start rehablogg from the desktop, or use the commands that need no window (rehablogg --help).</translation>
    </message>
</context>
<context>
    <name>tariffs</name>
    <message>
        <source>betalt</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>ingen regel</source>
        <translation>no rule</translation>
    </message>
    <message>
        <source>avlyst</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>EKSEMPEL: beløpene i {file} er oppdiktet og er ikke virkelige takster; bruk tallene bare til å prøve verktøyet.</source>
        <translation>EXAMPLE: the amounts in {file} are made up and are not real fees; use the figures only to try out the tool.</translation>
    </message>
    <message>
        <source>Tariffmodeller fra {file}, brukt på de godtatte innleveringene</source>
        <translation>Tariff models from {file}, applied to the accepted submissions</translation>
    </message>
    <message>
        <source>Beløp i kroner. Differanse = modellen minus den første modellen i filen («{first}»). Reglene og rekkefølgen de brukes i står i docs/tariff-models.md.</source>
        <translation>Amounts in kroner. Difference = the model minus the first model in the file (“{first}”). The rules and the order they are applied in are described in docs/tariff-models.md.</translation>
    </message>
    <message>
        <source>{where} må være et beløp i kroner uten anførselstegn, for eksempel 245.50, ikke {value}.</source>
        <translation>{where} must be an amount in kroner without quotation marks, for example 245.50, not {value}.</translation>
    </message>
    <message>
        <source>{where} kan ikke være negativt ({value}).</source>
        <translation>{where} cannot be negative ({value}).</translation>
    </message>
    <message>
        <source>{where} er urimelig stort ({value}); sjekk beløpet.</source>
        <translation>{where} is unreasonably large ({value}); check the amount.</translation>
    </message>
    <message>
        <source>{where} kan ha høyst {decimals} desimaler, ikke {value}.</source>
        <translation>{where} can have at most {decimals} decimals, not {value}.</translation>
    </message>
    <message>
        <source>{where} må være «rehablogg-tariffs»; dette er ikke en tariffil.</source>
        <translation>{where} must be “rehablogg-tariffs”; this is not a tariff file.</translation>
    </message>
    <message>
        <source>{where} må være 1.x; filen er laget av en nyere rehablogg.</source>
        <translation>{where} must be 1.x; the file was made by a newer rehablogg.</translation>
    </message>
    <message>
        <source>{where} gjentar navnet på en modell lenger opp; hver modell må ha sitt eget navn.</source>
        <translation>{where} repeats the name of a model further up; every model must have a name of its own.</translation>
    </message>
    <message>
        <source>modell «{model}»</source>
        <translation>model “{model}”</translation>
    </message>
    <message>
        <source>modell «{model}», regel nr. {rule} ({target})</source>
        <translation>model “{model}”, rule no. {rule} ({target})</translation>
    </message>
    <message>
        <source>modell «{model}», regel nr. {rule}</source>
        <translation>model “{model}”, rule no. {rule}</translation>
    </message>
    <message>
        <source>{where} har {count} modeller, men høyst {limit} kan sammenlignes side om side; del dem på flere filer.</source>
        <translation>{where} has {count} models, but at most {limit} can be compared side by side; split them over several files.</translation>
    </message>
    <message>
        <source>{where} har {count} regler, men en modell kan ha høyst {limit}; slå sammen reglene med kategorier eller del modellen.</source>
        <translation>{where} has {count} rules, but a model can have at most {limit}; merge the rules using categories or split the model.</translation>
    </message>
    <message>
        <source>{where} må være en liste av koder i anførselstegn, for eksempel [{example}].</source>
        <translation>{where} must be a list of codes in quotation marks, for example [{example}].</translation>
    </message>
    <message>
        <source>{where}: koden {value} finnes ikke i kodeverket {catalogue}.</source>
        <translation>{where}: the code {value} is not in the catalogue {catalogue}.</translation>
    </message>
    <message>
        <source>{where} kan ikke stå sammen med «category»; en regel gjelder enten én kode eller én kategori.</source>
        <translation>{where} cannot be used together with “category”; a rule applies to either one code or one category.</translation>
    </message>
    <message>
        <source>{where} mangler; en regel må gjelde en kode («code») eller en kategori («category»).</source>
        <translation>{where} is missing; a rule must apply to a code (“code”) or a category (“category”).</translation>
    </message>
    <message>
        <source>{where} mangler; en regel må ha «fee», «rate_per_block» eller «rate_per_minute» (skriv fee = 0 for en regel som ikke betaler).</source>
        <translation>{where} is missing; a rule must have “fee”, “rate_per_block” or “rate_per_minute” (write fee = 0 for a rule that pays nothing).</translation>
    </message>
    <message>
        <source>{where} kan ikke stå sammen med «rate_per_block»; velg én tidsbetaling.</source>
        <translation>{where} cannot be used together with “rate_per_block”; choose one way of paying for time.</translation>
    </message>
    <message>
        <source>{where} gir bare mening sammen med «rate_per_block».</source>
        <translation>{where} only makes sense together with “rate_per_block”.</translation>
    </message>
    <message>
        <source>{where} gir bare mening sammen med «rate_per_block» eller «rate_per_minute».</source>
        <translation>{where} only makes sense together with “rate_per_block” or “rate_per_minute”.</translation>
    </message>
    <message>
        <source>{where} gir bare mening sammen med per_participant = true.</source>
        <translation>{where} only makes sense together with per_participant = true.</translation>
    </message>
    <message>
        <source>{where} gir bare mening sammen med travel = &quot;separate&quot;.</source>
        <translation>{where} only makes sense together with travel = &quot;separate&quot;.</translation>
    </message>
    <message>
        <source>{where} ({valid_to}) ligger før «valid_from» ({valid_from}).</source>
        <translation>{where} ({valid_to}) is before “valid_from” ({valid_from}).</translation>
    </message>
    <message>
        <source>{where}: gyldighetsperioden overlapper regel nr. {other} for samme {target}; la den ene slutte dagen før den andre begynner.</source>
        <translation>{where}: the validity period overlaps rule no. {other} for the same {target}; let one end the day before the other begins.</translation>
    </message>
    <message>
        <source>{where}: koden {value} står også i «cancelled_codes» og betales aldri; fjern regelen eller koden fra listen.</source>
        <translation>{where}: the code {value} is also in “cancelled_codes” and is never paid; remove the rule or the code from the list.</translation>
    </message>
</context>
<context>
    <name>toml</name>
    <message>
        <source>{file}: feltet «{key}»</source>
        <translation>{file}: the field “{key}”</translation>
    </message>
    <message>
        <source>{file}: {table}</source>
        <translation>{file}: {table}</translation>
    </message>
    <message>
        <source>{file}: {table}, feltet «{key}»</source>
        <translation>{file}: {table}, the field “{key}”</translation>
    </message>
    <message>
        <source>[[{path}]] nr. {index}</source>
        <translation>[[{path}]] no. {index}</translation>
    </message>
    <message>
        <source>{file} kunne ikke leses ({reason}).</source>
        <translation>{file} could not be read ({reason}).</translation>
    </message>
    <message>
        <source>{file} er ikke lagret som UTF-8; lagre filen som UTF-8 og prøv igjen.</source>
        <translation>{file} is not saved as UTF-8; save the file as UTF-8 and try again.</translation>
    </message>
    <message>
        <source>{file}: linje {line} er ikke gyldig TOML ({detail}).</source>
        <translation>{file}: line {line} is not valid TOML ({detail}).</translation>
    </message>
    <message>
        <source>{file} er ikke gyldig TOML ({detail}).</source>
        <translation>{file} is not valid TOML ({detail}).</translation>
    </message>
    <message>
        <source>{file} er ikke en TOML-fil rehablogg kan lese (for dyp nesting eller for lange tall).</source>
        <translation>{file} is not a TOML file rehablogg can read (nesting too deep or numbers too long).</translation>
    </message>
    <message>
        <source>{where} mangler; legg det til.</source>
        <translation>{where} is missing; add it.</translation>
    </message>
    <message>
        <source>{where} er ukjent; sjekk stavemåten (kjente felt er {allowed}).</source>
        <translation>{where} is unknown; check the spelling (known fields are {allowed}).</translation>
    </message>
    <message>
        <source>{where} må være en tekst i anførselstegn, ikke {value}.</source>
        <translation>{where} must be a text in quotation marks, not {value}.</translation>
    </message>
    <message>
        <source>{where} kan ikke være tomt.</source>
        <translation>{where} cannot be empty.</translation>
    </message>
    <message>
        <source>{where} må være true eller false, ikke {value}.</source>
        <translation>{where} must be true or false, not {value}.</translation>
    </message>
    <message>
        <source>{where} må være et heltall uten anførselstegn, ikke {value}.</source>
        <translation>{where} must be a whole number without quotation marks, not {value}.</translation>
    </message>
    <message>
        <source>{where} må være et positivt heltall uten anførselstegn, ikke {value}.</source>
        <translation>{where} must be a positive whole number without quotation marks, not {value}.</translation>
    </message>
    <message>
        <source>{where} må være et heltall fra {low} og opp uten anførselstegn, ikke {value}.</source>
        <translation>{where} must be a whole number from {low} upwards without quotation marks, not {value}.</translation>
    </message>
    <message>
        <source>{where} må være et heltall fra {low} til {high} uten anførselstegn, ikke {value}.</source>
        <translation>{where} must be a whole number from {low} to {high} without quotation marks, not {value}.</translation>
    </message>
    <message>
        <source>{where} må være et tall fra {low} til {high} uten anførselstegn, ikke {value}.</source>
        <translation>{where} must be a number from {low} to {high} without quotation marks, not {value}.</translation>
    </message>
    <message>
        <source>{where} må være en dato uten klokkeslett og uten anførselstegn, for eksempel 2025-01-01, ikke {value}.</source>
        <translation>{where} must be a date without a time and without quotation marks, for example 2025-01-01, not {value}.</translation>
    </message>
    <message>
        <source>{where} må være en liste av tekster i anførselstegn som ikke er tomme, for eksempel [{example}].</source>
        <translation>{where} must be a list of non-empty texts in quotation marks, for example [{example}].</translation>
    </message>
    <message>
        <source>{where} kan ikke inneholde {value}; bruk {allowed}.</source>
        <translation>{where} cannot contain {value}; use {allowed}.</translation>
    </message>
    <message>
        <source>{where} må være {allowed}, ikke {value}.</source>
        <translation>{where} must be {allowed}, not {value}.</translation>
    </message>
    <message>
        <source>{where} må være en tabell, ikke {value}.</source>
        <translation>{where} must be a table, not {value}.</translation>
    </message>
    <message>
        <source>{where} må være en liste av tabeller ([[{path}]]).</source>
        <translation>{where} must be a list of tables ([[{path}]]).</translation>
    </message>
    <message>
        <source>{where} må ha minst én oppføring.</source>
        <translation>{where} must have at least one item.</translation>
    </message>
    <message>
        <source>{where} har {count} oppføringer, men høyst {limit} er tillatt.</source>
        <translation>{where} has {count} items, but at most {limit} are allowed.</translation>
    </message>
    <message>
        <source>eller</source>
        <translation>or</translation>
    </message>
    <message>
        <source>en liste</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>en tabell</source>
        <translation>a table</translation>
    </message>
</context>
</TS>

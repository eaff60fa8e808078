<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="nb_NO">
<context>
    <name>AbsenceModel</name>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Fravær</source>
        <translation>Fråvær</translation>
    </message>
</context>
<context>
    <name>AggregateWorker</name>
    <message>
        <source>Kunne ikke lese eller skrive {path}: {why}.</source>
        <translation>Kunne ikkje lese eller skrive {path}: {why}.</translation>
    </message>
    <message>
        <source>En fil kunne ikke leses eller skrives: {why}.</source>
        <translation>Ei fil kunne ikkje lesast eller skrivast: {why}.</translation>
    </message>
    <message>
        <source>Samlingsfilen {path} kunne ikke brukes ({detail}); er den åpen i et annet program?</source>
        <translation>Samlingsfila {path} kunne ikkje brukast ({detail}); er ho open i eit anna program?</translation>
    </message>
    <message>
        <source>Samlingen stoppet på grunn av en uventet feil; ingenting fra denne kjøringen er lagret.</source>
        <translation>Samlinga stoppa på grunn av ein uventa feil; ingenting frå denne køyringa er lagra.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Måneden er {state}; endringer: {count}.</source>
        <translation>Månaden er {state}; endringar: {count}.</translation>
    </message>
    <message>
        <source>Endringslogg</source>
        <translation>Endringslogg</translation>
    </message>
    <message>
        <source>&amp;Måned:</source>
        <translation>&amp;Månad:</translation>
    </message>
    <message>
        <source>Måned</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>MM.yyyy</source>
        <translation>MM.yyyy</translation>
    </message>
    <message>
        <source>Endringer i måneden</source>
        <translation>Endringar i månaden</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Tidspunkt</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Grunngiving</translation>
    </message>
    <message>
        <source>Endring</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>ny</source>
        <translation>ny</translation>
    </message>
    <message>
        <source>endret</source>
        <translation>endra</translation>
    </message>
    <message>
        <source>slettet</source>
        <translation>sletta</translation>
    </message>
    <message>
        <source>(slettet med brukeren)</source>
        <translation>(sletta saman med brukaren)</translation>
    </message>
    <message>
        <source>dato</source>
        <translation>dato</translation>
    </message>
    <message>
        <source>minutter</source>
        <translation>minutt</translation>
    </message>
    <message>
        <source>kode</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>andre felt</source>
        <translation>andre felt</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>sikkerhetskopien</source>
        <translation>tryggingskopien</translation>
    </message>
    <message>
        <source>Sikkerhetskopien kunne ikke tas: {error}</source>
        <translation>Tryggingskopien kunne ikkje takast: {error}</translation>
    </message>
    <message>
        <source>Sikkerhetskopien er tatt.</source>
        <translation>Tryggingskopien er teken.</translation>
    </message>
    <message>
        <source>Gjenopprett</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <source>Erstatte dagens data med sikkerhetskopien fra {taken}? Dagens database tas vare på som egen sikkerhetskopi først, så ingenting går tapt.</source>
        <translation>Erstatte dagens data med tryggingskopien frå {taken}? Dagens database blir teken vare på som eigen tryggingskopi først, så ingenting går tapt.</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Gjenopprettet fra {taken}; den forrige databasen ligger øverst i listen, og filene dens er tatt vare på urørt i {folder}.</source>
        <translation>Gjenoppretta frå {taken}; den førre databasen ligg øvst i lista, og filene hans er tekne vare på urørte i {folder}.</translation>
    </message>
    <message>
        <source>Sikkerhetskopier</source>
        <translation>Tryggingskopiar</translation>
    </message>
    <message>
        <source>rehablogg tar en sikkerhetskopi hver dag ved oppstart, før oppgraderinger, gjenoppretting og innlevering. Den nyeste gode kopien slettes aldri.</source>
        <translation>rehablogg tek ein tryggingskopi kvar dag ved oppstart, før oppgraderingar, gjenoppretting og innlevering. Den nyaste gode kopien blir aldri sletta.</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Ta sikkerhetskopi nå</source>
        <translation>Ta tryggingskopi no</translation>
    </message>
    <message>
        <source>&amp;Ta sikkerhetskopi nå</source>
        <translation>&amp;Ta tryggingskopi no</translation>
    </message>
    <message>
        <source>Gjenopprett valgt</source>
        <translation>Gjenopprett vald</translation>
    </message>
    <message>
        <source>&amp;Gjenopprett valgt …</source>
        <translation>&amp;Gjenopprett vald …</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Tatt</source>
        <translation>Teken</translation>
    </message>
    <message>
        <source>Anledning</source>
        <translation>Høve</translation>
    </message>
    <message>
        <source>Registreringer</source>
        <translation>Registreringar</translation>
    </message>
    <message>
        <source>Størrelse</source>
        <translation>Storleik</translation>
    </message>
    <message>
        <source>daglig</source>
        <translation>dagleg</translation>
    </message>
    <message>
        <source>manuell</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>før oppgradering</source>
        <translation>før oppgradering</translation>
    </message>
    <message>
        <source>før gjenoppretting</source>
        <translation>før gjenoppretting</translation>
    </message>
    <message>
        <source>før innlevering</source>
        <translation>før innlevering</translation>
    </message>
    <message>
        <source>skadet</source>
        <translation>skadd</translation>
    </message>
</context>
<context>
    <name>CarePathway</name>
    <message>
        <source>Egen kommune</source>
        <translation>Eigen kommune</translation>
    </message>
    <message>
        <source>Interkommunalt samarbeid</source>
        <translation>Interkommunalt samarbeid</translation>
    </message>
    <message>
        <source>Kjøpt av brukerens kommune</source>
        <translation>Kjøpt av kommunen til brukaren</translation>
    </message>
    <message>
        <source>Barnehage/skole</source>
        <translation>Barnehage/skule</translation>
    </message>
    <message>
        <source>Bolig</source>
        <translation>Bustad</translation>
    </message>
    <message>
        <source>Hjelpemidler</source>
        <translation>Hjelpemiddel</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>IP/koordinator</source>
        <translation>IP/koordinator</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>noe</source>
        <translation>noko</translation>
    </message>
    <message>
        <source>mye</source>
        <translation>mykje</translation>
    </message>
</context>
<context>
    <name>ClientEditDialog</name>
    <message>
        <source>Kommuneforslag</source>
        <translation>Kommuneframlegg</translation>
    </message>
    <message>
        <source>Ny bruker</source>
        <translation>Ny brukar</translation>
    </message>
    <message>
        <source>lages når brukeren lagres</source>
        <translation>blir laga når brukaren blir lagra</translation>
    </message>
    <message>
        <source>&amp;Fødselsnummer:</source>
        <translation>&amp;Fødselsnummer:</translation>
    </message>
    <message>
        <source>Fødselsnummer eller D-nummer</source>
        <translation>Fødselsnummer eller D-nummer</translation>
    </message>
    <message>
        <source>11 sifre; lagres ikke</source>
        <translation>11 siffer; blir ikkje lagra</translation>
    </message>
    <message>
        <source>Piloten kobler pseudonymer: nummeret gir samme pseudonym hos alle terapeutene i piloten. Nummeret lagres ikke. Uten nummer får brukeren et pseudonym som ikke kobles.</source>
        <translation>Piloten koplar pseudonym: nummeret gir same pseudonym hos alle terapeutane i piloten. Nummeret blir ikkje lagra. Utan nummer får brukaren eit pseudonym som ikkje blir kopla.</translation>
    </message>
    <message>
        <source>Rediger bruker</source>
        <translation>Rediger brukar</translation>
    </message>
    <message>
        <source>navnet er slettet</source>
        <translation>namnet er sletta</translation>
    </message>
    <message>
        <source>Skriv et navn eller kallenavn du kjenner brukeren igjen på.</source>
        <translation>Skriv eit namn eller kallenamn du kjenner att brukaren på.</translation>
    </message>
    <message>
        <source>Bruker</source>
        <translation>Brukar</translation>
    </message>
    <message>
        <source>Navnet blir bare på denne maskinen. Eksportene bruker pseudonymet.</source>
        <translation>Namnet blir berre på denne maskina. Eksportane bruker pseudonymet.</translation>
    </message>
    <message>
        <source>&amp;Navn (lokalt)</source>
        <translation>&amp;Namn (lokalt)</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>For eksempel Ola N. eller et kallenavn</source>
        <translation>Til dømes Ola N. eller eit kallenamn</translation>
    </message>
    <message>
        <source>&amp;Fødselsår</source>
        <translation>&amp;Fødselsår</translation>
    </message>
    <message>
        <source>Fødselsår</source>
        <translation>Fødselsår</translation>
    </message>
    <message>
        <source>ukjent</source>
        <translation>ukjend</translation>
    </message>
    <message>
        <source>&amp;Tjeneste</source>
        <translation>&amp;Teneste</translation>
    </message>
    <message>
        <source>Tjeneste</source>
        <translation>Teneste</translation>
    </message>
    <message>
        <source>Bo&amp;stedskommune</source>
        <translation>Bu&amp;stadkommune</translation>
    </message>
    <message>
        <source>Bostedskommune</source>
        <translation>Bustadkommune</translation>
    </message>
    <message>
        <source>Kommunen brukeren bor i. La feltet stå tomt når det er din egen kommune (den i profilen).</source>
        <translation>Kommunen brukaren bur i. La feltet stå tomt når det er din eigen kommune (den i profilen).</translation>
    </message>
    <message>
        <source>Tom = egen kommune; søk nummer eller navn</source>
        <translation>Tomt = eigen kommune; søk etter nummer eller namn</translation>
    </message>
    <message>
        <source>Tjenestef&amp;orm</source>
        <translation>Tenestef&amp;orm</translation>
    </message>
    <message>
        <source>Tjenesteform</source>
        <translation>Tenesteform</translation>
    </message>
    <message>
        <source>Hvordan tjenesten når brukeren: fra din egen kommune, i et interkommunalt samarbeid eller kjøpt av brukerens kommune.</source>
        <translation>Korleis tenesta når brukaren: frå din eigen kommune, i eit interkommunalt samarbeid eller kjøpt av kommunen til brukaren.</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Har individuell plan</source>
        <translation>Har individuell plan</translation>
    </message>
    <message>
        <source>Har &amp;individuell plan (IP)</source>
        <translation>Har &amp;individuell plan (IP)</translation>
    </message>
    <message>
        <source>Har koordinator</source>
        <translation>Har koordinator</translation>
    </message>
    <message>
        <source>Har &amp;koordinator</source>
        <translation>Har &amp;koordinator</translation>
    </message>
    <message>
        <source>Har barnekoordinator</source>
        <translation>Har barnekoordinator</translation>
    </message>
    <message>
        <source>Har &amp;barnekoordinator</source>
        <translation>Har &amp;barnekoordinator</translation>
    </message>
    <message>
        <source>Jeg er koordinator</source>
        <translation>Eg er koordinator</translation>
    </message>
    <message>
        <source>&amp;Jeg er koordinator</source>
        <translation>&amp;Eg er koordinator</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>Måned</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Direkte</source>
        <translation>Direkte</translation>
    </message>
    <message>
        <source>Indirekte</source>
        <translation>Indirekte</translation>
    </message>
    <message>
        <source>Annet</source>
        <translation>Anna</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Registreringer</source>
        <translation>Registreringar</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
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
        <translation>Kode</translation>
    </message>
    <message>
        <source>Notat</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Henvist</source>
        <translation>Tilvist</translation>
    </message>
    <message>
        <source>Henvist fra</source>
        <translation>Tilvist frå</translation>
    </message>
    <message>
        <source>Oppstart</source>
        <translation>Oppstart</translation>
    </message>
    <message>
        <source>Slutt</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>Sluttårsak</source>
        <translation>Sluttårsak</translation>
    </message>
    <message>
        <source>Ventetid (dager)</source>
        <translation>Ventetid (dagar)</translation>
    </message>
    <message>
        <source>Opphold</source>
        <translation>Opphald</translation>
    </message>
    <message>
        <source>Vurdert</source>
        <translation>Vurdert</translation>
    </message>
    <message>
        <source>(navn slettet)</source>
        <translation>(namnet er sletta)</translation>
    </message>
    <message>
        <source>Brukerside – {name}</source>
        <translation>Brukarside – {name}</translation>
    </message>
    <message>
        <source>født {year} ({group})</source>
        <translation>fødd {year} ({group})</translation>
    </message>
    <message>
        <source>fødselsår ukjent</source>
        <translation>fødselsår ukjend</translation>
    </message>
    <message>
        <source>bor i {municipality}</source>
        <translation>bur i {municipality}</translation>
    </message>
    <message>
        <source>Behov fremover vurderes for barn og unge: brukere som fyller under {limit} år i år (regnet fra fødselsåret).</source>
        <translation>Behov framover blir vurderte for born og unge: brukarar som fyller under {limit} år i år (rekna frå fødselsåret).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Påminnelse:&lt;/b&gt; {sentence}</source>
        <translation>&lt;b&gt;Påminning:&lt;/b&gt; {sentence}</translation>
    </message>
    <message>
        <source>Slette forløpet henvist {day}? Registreringene blir stående.</source>
        <translation>Slette forløpet tilvist {day}? Registreringane blir ståande.</translation>
    </message>
    <message>
        <source>Slett forløp</source>
        <translation>Slett forløp</translation>
    </message>
    <message>
        <source>Slette behovsvurderingen fra {day}?</source>
        <translation>Slette behovsvurderinga frå {day}?</translation>
    </message>
    <message>
        <source>Slett behovsvurdering</source>
        <translation>Slett behovsvurdering</translation>
    </message>
    <message>
        <source>Slett</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Brukerside</source>
        <translation>Brukarside</translation>
    </message>
    <message>
        <source>Bruker</source>
        <translation>Brukar</translation>
    </message>
    <message>
        <source>Påminnelse</source>
        <translation>Påminning</translation>
    </message>
    <message>
        <source>&amp;Tid og registreringer</source>
        <translation>&amp;Tid og registreringar</translation>
    </message>
    <message>
        <source>Tid per måned og kategori</source>
        <translation>Tid per månad og kategori</translation>
    </message>
    <message>
        <source>Registreringer for brukeren</source>
        <translation>Registreringar for brukaren</translation>
    </message>
    <message>
        <source>&amp;Forløp og behov</source>
        <translation>&amp;Forløp og behov</translation>
    </message>
    <message>
        <source>Fo&amp;rløp</source>
        <translation>Fo&amp;rløp</translation>
    </message>
    <message>
        <source>Hvert forløp går fra henvisningen til slutten. Ventetiden er dagene fra henvisningen til første direkte kontakt som er registrert.</source>
        <translation>Kvart forløp går frå tilvisinga til slutten. Ventetida er dagane frå tilvisinga til den første direkte kontakten som er registrert.</translation>
    </message>
    <message>
        <source>Forløp for brukeren</source>
        <translation>Forløp for brukaren</translation>
    </message>
    <message>
        <source>&amp;Nytt forløp …</source>
        <translation>&amp;Nytt forløp …</translation>
    </message>
    <message>
        <source>Nytt forløp</source>
        <translation>Nytt forløp</translation>
    </message>
    <message>
        <source>&amp;Endre forløp …</source>
        <translation>&amp;Endre forløp …</translation>
    </message>
    <message>
        <source>Endre valgt forløp</source>
        <translation>Endre det valde forløpet</translation>
    </message>
    <message>
        <source>Slett forløp …</source>
        <translation>Slett forløp …</translation>
    </message>
    <message>
        <source>Slett valgt forløp</source>
        <translation>Slett det valde forløpet</translation>
    </message>
    <message>
        <source>&amp;Behov fremover</source>
        <translation>&amp;Behov framover</translation>
    </message>
    <message>
        <source>Behov fremover vurderes for barn og unge: brukere som fyller under 26 år i år (regnet fra fødselsåret).</source>
        <translation>Behov framover blir vurderte for born og unge: brukarar som fyller under 26 år i år (rekna frå fødselsåret).</translation>
    </message>
    <message>
        <source>Behovsvurderinger, nyeste først</source>
        <translation>Behovsvurderingar, nyaste først</translation>
    </message>
    <message>
        <source>&amp;Vurder behov …</source>
        <translation>&amp;Vurder behov …</translation>
    </message>
    <message>
        <source>Ny behovsvurdering</source>
        <translation>Ny behovsvurdering</translation>
    </message>
    <message>
        <source>Endre v&amp;urdering …</source>
        <translation>Endre v&amp;urdering …</translation>
    </message>
    <message>
        <source>Endre valgt behovsvurdering</source>
        <translation>Endre den valde behovsvurderinga</translation>
    </message>
    <message>
        <source>Slett vurdering …</source>
        <translation>Slett vurdering …</translation>
    </message>
    <message>
        <source>Slett valgt behovsvurdering</source>
        <translation>Slett den valde behovsvurderinga</translation>
    </message>
</context>
<context>
    <name>ClientsDialog</name>
    <message>
        <source>Slett navn og notater</source>
        <translation>Slett namn og notat</translation>
    </message>
    <message>
        <source>Slett for godt</source>
        <translation>Slett for godt</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Navnet og notatene er slettet, men et annet program leser databasen akkurat nå, så gamle kopier ligger fortsatt i databasens loggfil (-wal); lukk det andre programmet og trykk Prøv igjen, ellers fjernes de neste gang brukerregisteret åpnes.</source>
        <translation>Namnet og notata er sletta, men eit anna program les databasen akkurat no, så gamle kopiar ligg framleis i loggfila til databasen (-wal); lukk det andre programmet og trykk Prøv igjen, elles blir dei fjerna neste gong brukarregisteret blir opna.</translation>
    </message>
    <message>
        <source>Prøv igjen</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Senere</source>
        <translation>Seinare</translation>
    </message>
    <message>
        <source>Navnet «{label}» og alle notater på brukerens registreringer (også gruppetimer) slettes for godt: fra registreringene, fra endringsloggen (notater og begrunnelser), der navnet står i andre notater, og fra selve databasefilen, loggfilen og de ledige sidene. Registreringene, minuttene, fødselsåret og pseudonymet {pseudonym} blir stående, så tallene fortsatt stemmer. Sikkerhetskopier tatt før slettingen har fortsatt navnet til de roteres bort (innen et år), og det samme gjelder kopier du har tatt selv.</source>
        <translation>Namnet «{label}» og alle notat på registreringane til brukaren (også gruppetimar) blir sletta for godt: frå registreringane, frå endringsloggen (notat og grunngivingar), der namnet står i andre notat, og frå sjølve databasefila, loggfila og dei ledige sidene. Registreringane, minutta, fødselsåret og pseudonymet {pseudonym} blir ståande, så tala framleis stemmer. Tryggingskopiar tekne før slettinga har framleis namnet til dei blir roterte bort (innan eitt år), og det same gjeld kopiar du har teke sjølv.</translation>
    </message>
    <message>
        <source>Brukerregister</source>
        <translation>Brukarregister</translation>
    </message>
    <message>
        <source>&amp;Søk:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>Søk i brukere</source>
        <translation>Søk i brukarar</translation>
    </message>
    <message>
        <source>Navn eller pseudonym</source>
        <translation>Namn eller pseudonym</translation>
    </message>
    <message>
        <source>Vis avsluttede og slettede</source>
        <translation>Vis avslutta og sletta</translation>
    </message>
    <message>
        <source>Vis &amp;avsluttede</source>
        <translation>Vis &amp;avslutta</translation>
    </message>
    <message>
        <source>Brukere</source>
        <translation>Brukarar</translation>
    </message>
    <message>
        <source>Ny bruker</source>
        <translation>Ny brukar</translation>
    </message>
    <message>
        <source>&amp;Ny bruker</source>
        <translation>&amp;Ny brukar</translation>
    </message>
    <message>
        <source>Rediger bruker</source>
        <translation>Rediger brukar</translation>
    </message>
    <message>
        <source>&amp;Rediger</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>Brukerside</source>
        <translation>Brukarside</translation>
    </message>
    <message>
        <source>Brukers&amp;ide</source>
        <translation>Brukars&amp;ide</translation>
    </message>
    <message>
        <source>Avslutt eller gjenåpne</source>
        <translation>Avslutt eller opne att</translation>
    </message>
    <message>
        <source>Avslutt / &amp;gjenåpne</source>
        <translation>Avslutt / &amp;opne att</translation>
    </message>
    <message>
        <source>S&amp;lett navn og notater …</source>
        <translation>S&amp;lett namn og notat …</translation>
    </message>
</context>
<context>
    <name>ClientsModel</name>
    <message>
        <source>Habilitering</source>
        <translation>Habilitering</translation>
    </message>
    <message>
        <source>Rehabilitering</source>
        <translation>Rehabilitering</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Født</source>
        <translation>Fødd</translation>
    </message>
    <message>
        <source>Aldersgruppe</source>
        <translation>Aldersgruppe</translation>
    </message>
    <message>
        <source>Tjeneste</source>
        <translation>Teneste</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Koordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Barnekoord.</source>
        <translation>Barnekoord.</translation>
    </message>
    <message>
        <source>Jeg er koord.</source>
        <translation>Eg er koord.</translation>
    </message>
    <message>
        <source>Registreringer</source>
        <translation>Registreringar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Påminnelse</source>
        <translation>Påminning</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>slettet</source>
        <translation>sletta</translation>
    </message>
    <message>
        <source>aktiv</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>avsluttet</source>
        <translation>avslutta</translation>
    </message>
    <message>
        <source>(navn slettet)</source>
        <translation>(namnet er sletta)</translation>
    </message>
</context>
<context>
    <name>CodesWindow</name>
    <message>
        <source>{count} koder</source>
        <translation>{count} kodar</translation>
    </message>
    <message>
        <source>1 kode</source>
        <translation>1 kode</translation>
    </message>
    <message>
        <source>Ingen kode passer søket.</source>
        <translation>Ingen kode passar søket.</translation>
    </message>
    <message>
        <source>Koder</source>
        <translation>Kodar</translation>
    </message>
    <message>
        <source>&amp;Søk:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>Søk i kodene</source>
        <translation>Søk i kodane</translation>
    </message>
    <message>
        <source>Kode, navn eller ord i beskrivelsen</source>
        <translation>Kode, namn eller ord i skildringa</translation>
    </message>
    <message>
        <source>Antall treff</source>
        <translation>Tal på treff</translation>
    </message>
    <message>
        <source>Beskrivelse av koden</source>
        <translation>Skildring av koden</translation>
    </message>
    <message>
        <source>&amp;Bruk koden</source>
        <translation>&amp;Bruk koden</translation>
    </message>
    <message>
        <source>Sett koden inn i registreringsskjemaet (Enter)</source>
        <translation>Set koden inn i registreringsskjemaet (Enter)</translation>
    </message>
</context>
<context>
    <name>CouncilReport</name>
    <message>
        <source>(uten pilotfil)</source>
        <translation>(utan pilotfil)</translation>
    </message>
    <message>
        <source>i alt</source>
        <translation>i alt</translation>
    </message>
    <message>
        <source>kommune</source>
        <translation>kommune</translation>
    </message>
    <message>
        <source>Ingen diagram: alle tallene i tabellen er 0 eller skjult (:).</source>
        <translation>Ikkje noko diagram: alle tala i tabellen er 0 eller skjulte (:).</translation>
    </message>
    <message>
        <source>Skjulte tall (:) er ikke tegnet i diagrammet; tabellen under viser hva som er skjult.</source>
        <translation>Skjulte tal (:) er ikkje teikna i diagrammet; tabellen under viser kva som er skjult.</translation>
    </message>
    <message>
        <source>Rapport til kommunestyret</source>
        <translation>Rapport til kommunestyret</translation>
    </message>
    <message>
        <source>Pilot: {pilot} · periode: {period} · laget {made} · terskel for små tall: {threshold}</source>
        <translation>Pilot: {pilot} · periode: {period} · laga {made} · terskel for små tal: {threshold}</translation>
    </message>
    <message>
        <source>Nøkkeltall</source>
        <translation>Nøkkeltal</translation>
    </message>
    <message>
        <source>verdi</source>
        <translation>verdi</translation>
    </message>
    <message>
        <source>kommuner</source>
        <translation>kommunar</translation>
    </message>
    <message>
        <source>terapeuter</source>
        <translation>terapeutar</translation>
    </message>
    <message>
        <source>godtatte månedsinnleveringer</source>
        <translation>godtekne månadsinnleveringar</translation>
    </message>
    <message>
        <source>timer i alt</source>
        <translation>timar i alt</translation>
    </message>
    <message>
        <source>timer direkte brukertid</source>
        <translation>timar direkte brukartid</translation>
    </message>
    <message>
        <source>timer indirekte brukertid</source>
        <translation>timar indirekte brukartid</translation>
    </message>
    <message>
        <source>andel direkte av direkte + indirekte</source>
        <translation>andel direkte av direkte + indirekte</translation>
    </message>
    <message>
        <source>Om tallene</source>
        <translation>Om tala</translation>
    </message>
    <message>
        <source>Rapporten viser bare tall per kommune, aldri per terapeut eller bruker. Tallene er de samme som i sammendraget fra samlingen (arkene Oversikt, Koordinering, Modeller og Deling – …). Tabeller med antall personer følger regelen for deling med pilotens terskel, {threshold}:</source>
        <translation>Rapporten viser berre tal per kommune, aldri per terapeut eller brukar. Tala er dei same som i samandraget frå samlinga (arka Oversikt, Koordinering, Modeller og Deling – …). Tabellar med tal på personar følgjer regelen for deling med terskelen til piloten, {threshold}:</translation>
    </message>
    <message>
        <source>Direkte og indirekte tid etter kommune</source>
        <translation>Direkte og indirekte tid etter kommune</translation>
    </message>
    <message>
        <source>Timer etter kategori</source>
        <translation>Timar etter kategori</translation>
    </message>
    <message>
        <source>direkte</source>
        <translation>direkte</translation>
    </message>
    <message>
        <source>indirekte</source>
        <translation>indirekte</translation>
    </message>
    <message>
        <source>annet</source>
        <translation>anna</translation>
    </message>
    <message>
        <source>timer</source>
        <translation>timar</translation>
    </message>
    <message>
        <source>direkte (timer)</source>
        <translation>direkte (timar)</translation>
    </message>
    <message>
        <source>indirekte (timer)</source>
        <translation>indirekte (timar)</translation>
    </message>
    <message>
        <source>annet (timer)</source>
        <translation>anna (timar)</translation>
    </message>
    <message>
        <source>i alt (timer)</source>
        <translation>i alt (timar)</translation>
    </message>
    <message>
        <source>Ingen brukere i denne perioden.</source>
        <translation>Ingen brukarar i denne perioden.</translation>
    </message>
    <message>
        <source>brukere</source>
        <translation>brukarar</translation>
    </message>
    <message>
        <source>Timer per årsverk</source>
        <translation>Timar per årsverk</translation>
    </message>
    <message>
        <source>Førte timer delt på årsverk-måneder (stillingsprosent / 100 for hver måned med innlevering): timer per årsverk per måned.</source>
        <translation>Førte timar delte på årsverk-månader (stillingsprosent / 100 for kvar månad med innlevering): timar per årsverk per månad.</translation>
    </message>
    <message>
        <source>Timer per årsverk per måned</source>
        <translation>Timar per årsverk per månad</translation>
    </message>
    <message>
        <source>timer per årsverk per måned</source>
        <translation>timar per årsverk per månad</translation>
    </message>
    <message>
        <source>årsverk-måneder</source>
        <translation>årsverk-månader</translation>
    </message>
    <message>
        <source>Koordineringsbelastning</source>
        <translation>Koordineringsbelastning</translation>
    </message>
    <message>
        <source>Timer ført på koordineringskodene ({codes}) per kommune, og deres andel av all tid.</source>
        <translation>Timar førte på koordineringskodane ({codes}) per kommune, og andelen deira av all tid.</translation>
    </message>
    <message>
        <source>Koordineringstimer etter kode</source>
        <translation>Koordineringstimar etter kode</translation>
    </message>
    <message>
        <source>{code} (t)</source>
        <translation>{code} (t)</translation>
    </message>
    <message>
        <source>koord. i alt (t)</source>
        <translation>koord. i alt (t)</translation>
    </message>
    <message>
        <source>all tid (t)</source>
        <translation>all tid (t)</translation>
    </message>
    <message>
        <source>andel</source>
        <translation>andel</translation>
    </message>
    <message>
        <source>Takstmodeller side om side</source>
        <translation>Takstmodellar side om side</translation>
    </message>
    <message>
        <source>Ingen takstfil var med i samlingen (--tariffs); modellene kan ikke sammenlignes.</source>
        <translation>Det var inga takstfil med i samlinga (--tariffs); modellane kan ikkje samanliknast.</translation>
    </message>
    <message>
        <source>Takstene er eksempelverdier, ikke vedtatte satser: beløpene viser bare hvordan modellene regner.</source>
        <translation>Takstane er dømeverdiar, ikkje vedtekne satsar: beløpa viser berre korleis modellane reknar.</translation>
    </message>
    <message>
        <source>Utbetalt etter modell</source>
        <translation>Utbetalt etter modell</translation>
    </message>
    <message>
        <source>utbetalt</source>
        <translation>utbetalt</translation>
    </message>
    <message>
        <source>kroner</source>
        <translation>kroner</translation>
    </message>
    <message>
        <source>modell</source>
        <translation>modell</translation>
    </message>
    <message>
        <source>registreringer</source>
        <translation>registreringar</translation>
    </message>
    <message>
        <source>betalt</source>
        <translation>betalt</translation>
    </message>
    <message>
        <source>brutto før tak</source>
        <translation>brutto før tak</translation>
    </message>
    <message>
        <source>avkortet av tak</source>
        <translation>avkorta av tak</translation>
    </message>
    <message>
        <source>differanse mot {model}</source>
        <translation>differanse mot {model}</translation>
    </message>
    <message>
        <source>Utbetalt per kommune</source>
        <translation>Utbetalt per kommune</translation>
    </message>
    <message>
        <source>Brukere og tid etter kommune og tjeneste</source>
        <translation>Brukarar og tid etter kommune og teneste</translation>
    </message>
    <message>
        <source>Hver bruker telles én gang: i kommunen der mest av tiden med brukeren er ført, med alle sine minutter.</source>
        <translation>Kvar brukar blir talt éin gong: i kommunen der mest av tida med brukaren er ført, med alle minutta sine.</translation>
    </message>
    <message>
        <source>Intensitet nådd</source>
        <translation>Intensitet nådd</translation>
    </message>
    <message>
        <source>Brukere etter om pilotens mål for direkte tid per uke i tjenesten er nådd.</source>
        <translation>Brukarar etter om målet til piloten for direkte tid per veke i tenesta er nådd.</translation>
    </message>
    <message>
        <source>Sommerbrudd</source>
        <translation>Sommarbrot</translation>
    </message>
    <message>
        <source>Brukere med kontakt både før og etter sommeren: hvor mange som mistet kontakten i sommerukene.</source>
        <translation>Brukarar med kontakt både før og etter sommaren: kor mange som miste kontakten i sommarvekene.</translation>
    </message>
    <message>
        <source>Overganger framover</source>
        <translation>Overgangar framover</translation>
    </message>
    <message>
        <source>Brukere som fyller 6, 16 eller 18 år de neste årene, og timene som er ført på planlegging av overgangen (I12) for dem.</source>
        <translation>Brukarar som fyller 6, 16 eller 18 år dei neste åra, og timane som er førte på planlegging av overgangen (I12) for dei.</translation>
    </message>
    <message>
        <source>Ventetid og forløp</source>
        <translation>Ventetid og forløp</translation>
    </message>
    <message>
        <source>Dager fra henvisning til første direkte kontakt per kommune: median og 75-persentil (tre av fire fikk kontakt innen så mange dager). Skjult (:) for kommuner med færre enn {smallest} forløp.</source>
        <translation>Dagar frå tilvising til første direkte kontakt per kommune: median og 75-persentil (tre av fire fekk kontakt innan så mange dagar). Skjult (:) for kommunar med færre enn {smallest} forløp.</translation>
    </message>
    <message>
        <source>median (dager)</source>
        <translation>median (dagar)</translation>
    </message>
    <message>
        <source>75-persentil (dager)</source>
        <translation>75-persentil (dagar)</translation>
    </message>
    <message>
        <source>Avsluttede forløp</source>
        <translation>Avslutta forløp</translation>
    </message>
    <message>
        <source>Forløp avsluttet i perioden etter årsak, og timene brukt i dem (indirekte gruppearbeid delt likt mellom brukerne det gjaldt).</source>
        <translation>Forløp avslutta i perioden etter årsak, og timane brukte i dei (indirekte gruppearbeid delt likt mellom brukarane det gjaldt).</translation>
    </message>
    <message>
        <source>Tjenester over kommunegrensen</source>
        <translation>Tenester over kommunegrensa</translation>
    </message>
    <message>
        <source>Brukere etter kommunen som gir tjenesten og om de bor i en annen kommune (interkommunalt samarbeid, kjøp eller egen tjeneste).</source>
        <translation>Brukarar etter kommunen som gir tenesta, og om dei bur i ein annan kommune (interkommunalt samarbeid, kjøp eller eiga teneste).</translation>
    </message>
    <message>
        <source>Behov framover</source>
        <translation>Behov framover</translation>
    </message>
    <message>
        <source>Barn og unge med behov for tilrettelagt barnehage/skole (året de fyller 6), bolig (året de fyller 18) og annet etter bostedskommune og år.</source>
        <translation>Born og unge med behov for tilrettelagd barnehage/skule (året dei fyller 6), bustad (året dei fyller 18) og anna etter bustadkommune og år.</translation>
    </message>
    <message>
        <source>side {n} av {total}</source>
        <translation>side {n} av {total}</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>{field}: «{text}» er ikke en dato; skriv den som dd.mm.åååå, for eksempel 03.02.2026.</source>
        <translation>{field}: «{text}» er ikkje ein dato; skriv han som dd.mm.åååå, til dømes 03.02.2026.</translation>
    </message>
</context>
<context>
    <name>DaysModel</name>
    <message>
        <source>Direkte</source>
        <translation>Direkte</translation>
    </message>
    <message>
        <source>Indirekte</source>
        <translation>Indirekte</translation>
    </message>
    <message>
        <source>Annet</source>
        <translation>Anna</translation>
    </message>
    <message>
        <source>Reise</source>
        <translation>Reise</translation>
    </message>
    <message>
        <source>Sum uten reise</source>
        <translation>Sum utan reise</translation>
    </message>
    <message>
        <source>Sum for uka</source>
        <translation>Sum for veka</translation>
    </message>
    <message>
        <source> (helligdag)</source>
        <translation> (heilagdag)</translation>
    </message>
    <message>
        <source> (fravær)</source>
        <translation> (fråvær)</translation>
    </message>
    <message>
        <source>Fridag</source>
        <translation>Fridag</translation>
    </message>
    <message>
        <source>Arbeidsdag</source>
        <translation>Arbeidsdag</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
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
        <translation>Kode</translation>
    </message>
    <message>
        <source>Bruker(e)</source>
        <translation>Brukar(ar)</translation>
    </message>
    <message>
        <source>Arena</source>
        <translation>Arena</translation>
    </message>
    <message>
        <source>Kontaktform</source>
        <translation>Kontaktform</translation>
    </message>
    <message>
        <source>Parter</source>
        <translation>Partar</translation>
    </message>
    <message>
        <source>Reise</source>
        <translation>Reise</translation>
    </message>
    <message>
        <source>Helligdag: {name}</source>
        <translation>Heilagdag: {name}</translation>
    </message>
    <message>
        <source>Fravær: {kind}</source>
        <translation>Fråvær: {kind}</translation>
    </message>
    <message>
        <source>Ingen registreringer</source>
        <translation>Ingen registreringar</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Ny registrering</source>
        <translation>Ny registrering</translation>
    </message>
    <message>
        <source>{code} er nå favoritt.</source>
        <translation>{code} er no favoritt.</translation>
    </message>
    <message>
        <source>{code} er ikke favoritt.</source>
        <translation>{code} er ikkje favoritt.</translation>
    </message>
    <message>
        <source>Rediger registrering</source>
        <translation>Rediger registrering</translation>
    </message>
    <message>
        <source>Ny registrering (kopi)</source>
        <translation>Ny registrering (kopi)</translation>
    </message>
    <message>
        <source>Søk og legg til brukere (Enter), tom + Enter for å gå videre</source>
        <translation>Søk og legg til brukarar (Enter), tomt + Enter for å gå vidare</translation>
    </message>
    <message>
        <source>Søk på bruker</source>
        <translation>Søk etter brukar</translation>
    </message>
    <message>
        <source>Koden gjelder ingen bruker</source>
        <translation>Koden gjeld ingen brukar</translation>
    </message>
    <message>
        <source>Valgt: {names}</source>
        <translation>Valt: {names}</translation>
    </message>
    <message>
        <source>{warning} Trykk Enter igjen for å lagre.</source>
        <translation>{warning} Trykk Enter igjen for å lagre.</translation>
    </message>
    <message>
        <source>Skriv minuttene, for eksempel 45, 1:30 eller 1,5t.</source>
        <translation>Skriv minutta, til dømes 45, 1:30 eller 1,5t.</translation>
    </message>
    <message>
        <source>Starttid skrives tt:mm, for eksempel 08:30, eller la feltet stå tomt.</source>
        <translation>Starttid skriv du tt:mm, til dømes 08:30, eller la feltet stå tomt.</translation>
    </message>
    <message>
        <source>Ingen kode passer «{typed}»; velg fra listen.</source>
        <translation>Ingen kode passar «{typed}»; vel frå lista.</translation>
    </message>
    <message>
        <source>Velg en kode.</source>
        <translation>Vel ein kode.</translation>
    </message>
    <message>
        <source>Registrering</source>
        <translation>Registrering</translation>
    </message>
    <message>
        <source>font-weight: bold;</source>
        <translation>font-weight: bold;</translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;Kode</source>
        <translation>&amp;Kode</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Søk på kode eller navn</source>
        <translation>Søk etter kode eller namn</translation>
    </message>
    <message>
        <source>Kodeforslag</source>
        <translation>Kodeframlegg</translation>
    </message>
    <message>
        <source>Valgt kode</source>
        <translation>Vald kode</translation>
    </message>
    <message>
        <source>Kodehjelp</source>
        <translation>Kodehjelp</translation>
    </message>
    <message>
        <source>Br&amp;uker(e)</source>
        <translation>Br&amp;ukar(ar)</translation>
    </message>
    <message>
        <source>Bruker</source>
        <translation>Brukar</translation>
    </message>
    <message>
        <source>Brukerforslag</source>
        <translation>Brukarframlegg</translation>
    </message>
    <message>
        <source>Valgte brukere</source>
        <translation>Valde brukarar</translation>
    </message>
    <message>
        <source>&amp;Minutter</source>
        <translation>&amp;Minutt</translation>
    </message>
    <message>
        <source>Minutter</source>
        <translation>Minutt</translation>
    </message>
    <message>
        <source>90, 1:30 eller 1,5t</source>
        <translation>90, 1:30 eller 1,5t</translation>
    </message>
    <message>
        <source>15 minutter</source>
        <translation>15 minutt</translation>
    </message>
    <message>
        <source>15</source>
        <translation>15</translation>
    </message>
    <message>
        <source>30 minutter</source>
        <translation>30 minutt</translation>
    </message>
    <message>
        <source>30</source>
        <translation>30</translation>
    </message>
    <message>
        <source>45 minutter</source>
        <translation>45 minutt</translation>
    </message>
    <message>
        <source>45</source>
        <translation>45</translation>
    </message>
    <message>
        <source>60 minutter</source>
        <translation>60 minutt</translation>
    </message>
    <message>
        <source>60</source>
        <translation>60</translation>
    </message>
    <message>
        <source>90 minutter</source>
        <translation>90 minutt</translation>
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
        <translation>Starttid</translation>
    </message>
    <message>
        <source>tt:mm (valgfritt)</source>
        <translation>tt:mm (valfritt)</translation>
    </message>
    <message>
        <source>K&amp;ontaktform</source>
        <translation>K&amp;ontaktform</translation>
    </message>
    <message>
        <source>Kontaktform</source>
        <translation>Kontaktform</translation>
    </message>
    <message>
        <source>&amp;Arena</source>
        <translation>&amp;Arena</translation>
    </message>
    <message>
        <source>Arena</source>
        <translation>Arena</translation>
    </message>
    <message>
        <source>Samarbe&amp;idsparter</source>
        <translation>Samarbe&amp;idspartar</translation>
    </message>
    <message>
        <source>R&amp;eiseminutter</source>
        <translation>R&amp;eiseminutt</translation>
    </message>
    <message>
        <source>&amp;Notat (lokalt)</source>
        <translation>&amp;Notat (lokalt)</translation>
    </message>
    <message>
        <source>Samarbeidsparter</source>
        <translation>Samarbeidspartar</translation>
    </message>
    <message>
        <source>&amp;Gruppestørrelse</source>
        <translation>&amp;Gruppestorleik</translation>
    </message>
    <message>
        <source>Gruppestørrelse</source>
        <translation>Gruppestorleik</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Reiseminutter</source>
        <translation>Reiseminutt</translation>
    </message>
    <message>
        <source>Notat</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Blir på denne maskinen</source>
        <translation>Blir på denne maskina</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Avbryt (Esc)</source>
        <translation>Avbryt (Esc)</translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>&amp;Lagre (Enter)</source>
        <translation>&amp;Lagre (Enter)</translation>
    </message>
</context>
<context>
    <name>EpisodeDialog</name>
    <message>
        <source>Lagre (Enter)</source>
        <translation>Lagre (Enter)</translation>
    </message>
    <message>
        <source>Lagre forløpet</source>
        <translation>Lagre forløpet</translation>
    </message>
    <message>
        <source>Avbryt (Esc)</source>
        <translation>Avbryt (Esc)</translation>
    </message>
    <message>
        <source>Avbryt uten å lagre</source>
        <translation>Avbryt utan å lagre</translation>
    </message>
    <message>
        <source>Legg til et opphold</source>
        <translation>Legg til eit opphald</translation>
    </message>
    <message>
        <source>Nytt forløp</source>
        <translation>Nytt forløp</translation>
    </message>
    <message>
        <source>Endre forløp</source>
        <translation>Endre forløp</translation>
    </message>
    <message>
        <source>dd.mm.åååå – tom om det varer</source>
        <translation>dd.mm.åååå – tom om det varer</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Opphold {n} fra</source>
        <translation>Opphald {n} frå</translation>
    </message>
    <message>
        <source>Opphold {n} til</source>
        <translation>Opphald {n} til</translation>
    </message>
    <message>
        <source>Opphold {n} type</source>
        <translation>Opphald {n} type</translation>
    </message>
    <message>
        <source>Fjern opphold {n}</source>
        <translation>Fjern opphald {n}</translation>
    </message>
    <message>
        <source>Henvist</source>
        <translation>Tilvist</translation>
    </message>
    <message>
        <source>Skriv datoen henvisningen kom, som dd.mm.åååå.</source>
        <translation>Skriv datoen tilvisinga kom, som dd.mm.åååå.</translation>
    </message>
    <message>
        <source>Oppstart</source>
        <translation>Oppstart</translation>
    </message>
    <message>
        <source>Slutt</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>Skriv datoen opphold {n} begynte, eller fjern raden.</source>
        <translation>Skriv datoen opphald {n} byrja, eller fjern rada.</translation>
    </message>
    <message>
        <source>Forløp</source>
        <translation>Forløp</translation>
    </message>
    <message>
        <source>&amp;Henvist</source>
        <translation>&amp;Tilvist</translation>
    </message>
    <message>
        <source>Henvisningsdato</source>
        <translation>Tilvisingsdato</translation>
    </message>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>Datoen henvisningen kom inn. Ventetiden regnes fra denne datoen til første direkte kontakt.</source>
        <translation>Datoen tilvisinga kom inn. Ventetida blir rekna frå denne datoen til den første direkte kontakten.</translation>
    </message>
    <message>
        <source>Henvist &amp;fra</source>
        <translation>Tilvist &amp;frå</translation>
    </message>
    <message>
        <source>Henvist fra</source>
        <translation>Tilvist frå</translation>
    </message>
    <message>
        <source>&amp;Oppstart</source>
        <translation>&amp;Oppstart</translation>
    </message>
    <message>
        <source>Oppstartsdato</source>
        <translation>Oppstartsdato</translation>
    </message>
    <message>
        <source>dd.mm.åååå – tom til tjenesten er i gang</source>
        <translation>dd.mm.åååå – tom til tenesta er i gang</translation>
    </message>
    <message>
        <source>&amp;Slutt</source>
        <translation>&amp;Slutt</translation>
    </message>
    <message>
        <source>Sluttdato</source>
        <translation>Sluttdato</translation>
    </message>
    <message>
        <source>dd.mm.åååå – tom mens forløpet pågår</source>
        <translation>dd.mm.åååå – tom medan forløpet held fram</translation>
    </message>
    <message>
        <source>Sluttå&amp;rsak</source>
        <translation>Sluttå&amp;rsak</translation>
    </message>
    <message>
        <source>Sluttårsak</source>
        <translation>Sluttårsak</translation>
    </message>
    <message>
        <source>Opphold i forløpet</source>
        <translation>Opphald i forløpet</translation>
    </message>
    <message>
        <source>Tidsrom da tjenesten hviler av en kjent grunn, for eksempel innleggelse eller intensiv trening et annet sted. Et opphold kan også ligge i ventetiden.</source>
        <translation>Tidsrom då tenesta kviler av ein kjend grunn, til dømes innlegging eller intensiv trening ein annan stad. Eit opphald kan også liggje i ventetida.</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>Frå</translation>
    </message>
    <message>
        <source>Til</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Ingen opphold.</source>
        <translation>Ingen opphald.</translation>
    </message>
    <message>
        <source>Legg til o&amp;pphold</source>
        <translation>Legg til o&amp;pphald</translation>
    </message>
</context>
<context>
    <name>EpisodesModel</name>
    <message>
        <source>Første direkte kontakt {day}</source>
        <translation>Første direkte kontakt {day}</translation>
    </message>
    <message>
        <source>Ingen direkte kontakt er registrert i forløpet ennå.</source>
        <translation>Ingen direkte kontakt er registrert i forløpet enno.</translation>
    </message>
    <message>
        <source>pågår</source>
        <translation>pågår</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Måned</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>ISO-uke</source>
        <translation>ISO-veke</translation>
    </message>
    <message>
        <source>Fritt tidsrom</source>
        <translation>Fritt tidsrom</translation>
    </message>
    <message>
        <source>Excel (xlsx)</source>
        <translation>Excel (xlsx)</translation>
    </message>
    <message>
        <source>CSV (bare visning)</source>
        <translation>CSV (berre til å sjå på)</translation>
    </message>
    <message>
        <source>(settes når filen skrives)</source>
        <translation>(blir sett når fila blir skriven)</translation>
    </message>
    <message>
        <source>Levert som korreksjon nr. {n}: {name} (eksport-ID {id}, erstatter {replaces}).</source>
        <translation>Levert som korreksjon nr. {n}: {name} (eksport-ID {id}, erstattar {replaces}).</translation>
    </message>
    <message>
        <source>Levert: {name} (eksport-ID {id}).</source>
        <translation>Levert: {name} (eksport-ID {id}).</translation>
    </message>
    <message>
        <source>Måneden er uendret siden innleveringen; {name} er skrevet på nytt med samme eksport-ID {id}.</source>
        <translation>Månaden er uendra sidan innleveringa; {name} er skriven på nytt med same eksport-ID {id}.</translation>
    </message>
    <message>
        <source>Eksportert (ikke levert): {name} (eksport-ID {id}).</source>
        <translation>Eksportert (ikkje levert): {name} (eksport-ID {id}).</translation>
    </message>
    <message>
        <source>Eksportert: {name} (registreringer: {count}).</source>
        <translation>Eksportert: {name} (registreringar: {count}).</translation>
    </message>
    <message>
        <source>Lever &amp;inn</source>
        <translation>Lever &amp;inn</translation>
    </message>
    <message>
        <source>&amp;Eksporter</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <source>Lever inn før måneden er &amp;slutt ({left} av {total} arbeidsdager gjenstår)</source>
        <translation>Lever inn før månaden er &amp;slutt ({left} av {total} arbeidsdagar er att)</translation>
    </message>
    <message>
        <source>Måneden er ikke slutt før {last}; kryss av for å levere den før måneden er slutt, eller vent til den er over.</source>
        <translation>Månaden er ikkje slutt før {last}; kryss av for å levere han før månaden er slutt, eller vent til han er over.</translation>
    </message>
    <message>
        <source>CSV-filen har ingen metadata.</source>
        <translation>CSV-fila har ingen metadata.</translation>
    </message>
    <message>
        <source>Kontroll ({count})</source>
        <translation>Kontroll ({count})</translation>
    </message>
    <message>
        <source>Kontroll (ingen funn)</source>
        <translation>Kontroll (ingen funn)</translation>
    </message>
    <message>
        <source>Velg mappe</source>
        <translation>Vel mappe</translation>
    </message>
    <message>
        <source>Mappen {folder} finnes ikke; opprett den eller velg en annen.</source>
        <translation>Mappa {folder} finst ikkje; opprett henne eller vel ei anna.</translation>
    </message>
    <message>
        <source>Innleveringen er stoppet, og ingenting er levert: {fault}</source>
        <translation>Innleveringa er stoppa, og ingenting er levert: {fault}</translation>
    </message>
    <message>
        <source>Sikkerhetskopien før innleveringen kunne ikke tas ({reason}); ingenting er levert.</source>
        <translation>Tryggingskopien før innleveringa kunne ikkje takast ({reason}); ingenting er levert.</translation>
    </message>
    <message>
        <source>Eksporter eller lever inn</source>
        <translation>Eksporter eller lever inn</translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>Frå</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>til</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Til</source>
        <translation>Til</translation>
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
        <translation>&amp;Lever inn månaden (låser han; seinare endringar krev grunngiving)</translation>
    </message>
    <message>
        <source>Lever inn før måneden er &amp;slutt</source>
        <translation>Lever inn før månaden er &amp;slutt</translation>
    </message>
    <message>
        <source>Ta med &amp;notater</source>
        <translation>Ta med &amp;notat</translation>
    </message>
    <message>
        <source>Notater kan identifisere personer; ta dem bare med når mottakeren skal ha dem.</source>
        <translation>Notat kan identifisere personar; ta dei berre med når mottakaren skal ha dei.</translation>
    </message>
    <message>
        <source>Lagre i &amp;mappe:</source>
        <translation>Lagre i &amp;mappe:</translation>
    </message>
    <message>
        <source>Mappe</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <source>&amp;Bla gjennom …</source>
        <translation>&amp;Bla gjennom …</translation>
    </message>
    <message>
        <source>Filnavn:</source>
        <translation>Filnamn:</translation>
    </message>
    <message>
        <source>Kontroll</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>Dobbeltklikk eller trykk Enter på et funn for å gå til dagen.</source>
        <translation>Dobbeltklikk eller trykk Enter på eit funn for å gå til dagen.</translation>
    </message>
    <message>
        <source>Funn i kontrollen</source>
        <translation>Funn i kontrollen</translation>
    </message>
    <message>
        <source>Registreringer</source>
        <translation>Registreringar</translation>
    </message>
    <message>
        <source>Registreringer som eksporteres</source>
        <translation>Registreringar som blir eksporterte</translation>
    </message>
    <message>
        <source>Deltakere</source>
        <translation>Deltakarar</translation>
    </message>
    <message>
        <source>Deltakere som eksporteres</source>
        <translation>Deltakarar som blir eksporterte</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <source>Metadata som eksporteres</source>
        <translation>Metadata som blir eksporterte</translation>
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
        <translation>Mal for journaltekst</translation>
    </message>
    <message>
        <source>Språk for journaltekst</source>
        <translation>Språk for journaltekst</translation>
    </message>
    <message>
        <source>&amp;Språk:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Mal</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>&amp;Mal:</source>
        <translation>&amp;Mal:</translation>
    </message>
    <message>
        <source>Ta med &amp;brukernavn</source>
        <translation>Ta med &amp;brukarnamn</translation>
    </message>
    <message>
        <source>Plassholdere: {names}. Tomme felt og kommaene rundt dem tas bort.</source>
        <translation>Plasshaldarar: {names}. Tomme felt og kommaa rundt dei blir tekne bort.</translation>
    </message>
    <message>
        <source>Forhåndsvisning</source>
        <translation>Førehandsvising</translation>
    </message>
    <message>
        <source>Forhåndsvisning (et oppdiktet eksempel):</source>
        <translation>Førehandsvising (eit oppdikta døme):</translation>
    </message>
    <message>
        <source>S&amp;tandardmal</source>
        <translation>S&amp;tandardmal</translation>
    </message>
</context>
<context>
    <name>JournalText</name>
    <message>
        <source>Kopier &amp;journaltekst</source>
        <translation>Kopier &amp;journaltekst</translation>
    </message>
    <message>
        <source>Legger en kort, nøytral linje per valgt registrering på utklippstavlen, klar til å lime inn i journalen eller IP-verktøyet</source>
        <translation>Legg ei kort, nøytral linje per vald registrering på utklippstavla, klar til å lime inn i journalen eller IP-verktøyet</translation>
    </message>
    <message>
        <source>Ta med &amp;brukernavn i journalteksten</source>
        <translation>Ta med &amp;brukarnamn i journalteksten</translation>
    </message>
    <message>
        <source>Mal for journaltekst…</source>
        <translation>Mal for journaltekst…</translation>
    </message>
    <message>
        <source>Velg en eller flere registreringer i listen først.</source>
        <translation>Vel éi eller fleire registreringar i lista først.</translation>
    </message>
    <message>
        <source>Journaltekst kopiert (1 linje).</source>
        <translation>Journaltekst kopiert (1 linje).</translation>
    </message>
    <message>
        <source>Journaltekst kopiert ({n} linjer).</source>
        <translation>Journaltekst kopiert ({n} linjer).</translation>
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
        <translation>Lagre registreringa (i skjemaet)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Avbryt og tøm skjemaet</source>
        <translation>Avbryt og tøm skjemaet</translation>
    </message>
    <message>
        <source>Pil opp/ned</source>
        <translation>Pil opp/ned</translation>
    </message>
    <message>
        <source>Bla i kode- eller brukerforslagene</source>
        <translation>Bla i kode- eller brukarframlegga</translation>
    </message>
    <message>
        <source>Enter i forslagslisten</source>
        <translation>Enter i framleggslista</translation>
    </message>
    <message>
        <source>Velg koden eller brukeren og gå videre</source>
        <translation>Vel koden eller brukaren og gå vidare</translation>
    </message>
    <message>
        <source>Tilbake i tomt brukerfelt</source>
        <translation>Tilbake i tomt brukarfelt</translation>
    </message>
    <message>
        <source>Fjern sist valgte bruker</source>
        <translation>Fjern den sist valde brukaren</translation>
    </message>
    <message>
        <source>Enter i tomt brukerfelt</source>
        <translation>Enter i tomt brukarfelt</translation>
    </message>
    <message>
        <source>Ferdig med brukerne (gruppe), gå til minutter</source>
        <translation>Ferdig med brukarane (gruppe), gå til minutt</translation>
    </message>
    <message>
        <source>Enter i listen</source>
        <translation>Enter i lista</translation>
    </message>
    <message>
        <source>Rediger valgt registrering</source>
        <translation>Rediger den valde registreringa</translation>
    </message>
    <message>
        <source>Samle innleveringene fra terapeutene i en pilot og skriv sammendraget</source>
        <translation>Samle innleveringane frå terapeutane i ein pilot og skriv samandraget</translation>
    </message>
    <message>
        <source>&amp;Språk</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Gjelder når rehablogg startes på nytt</source>
        <translation>Gjeld når rehablogg startar på nytt</translation>
    </message>
    <message>
        <source>Språket er endret til {name}. Det gjelder når rehablogg startes på nytt.</source>
        <translation>Språket er endra til {name}. Det gjeld når rehablogg startar på nytt.</translation>
    </message>
    <message>
        <source>Ctrl+Z i et felt</source>
        <translation>Ctrl+Z i eit felt</translation>
    </message>
    <message>
        <source>Angre skrivingen i feltet; når feltet ikke har mer å angre: angre siste lagring, endring eller sletting</source>
        <translation>Angre skrivinga i feltet; når feltet ikkje har meir å angre: angre den siste lagringa, endringa eller slettinga</translation>
    </message>
    <message>
        <source>Arbeids&amp;benk for pilotleder …</source>
        <translation>Arbeids&amp;benk for pilotleiar …</translation>
    </message>
    <message>
        <source>&amp;Les kvittering …</source>
        <translation>&amp;Les kvittering …</translation>
    </message>
    <message>
        <source>Les kvitteringen fra pilotlederen: hvilke måneder er godkjent, og hvilke er returnert med en årsak</source>
        <translation>Les kvitteringa frå pilotleiaren: kva månader som er godkjende, og kva for nokre som er returnerte med ei årsak</translation>
    </message>
    <message>
        <source>&amp;Importer kalender …</source>
        <translation>&amp;Importer kalender …</translation>
    </message>
    <message>
        <source>Foreslå registreringer fra møtene i en kalenderfil (.ics) fra Outlook eller EPJ</source>
        <translation>Gjer framlegg om registreringar frå møta i ei kalenderfil (.ics) frå Outlook eller EPJ</translation>
    </message>
    <message>
        <source>Kopier forrige &amp;uke …</source>
        <translation>Kopier førre &amp;veke …</translation>
    </message>
    <message>
        <source>Foreslå forrige ukes registreringer for uka som vises</source>
        <translation>Gjer framlegg om registreringane frå førre veke for veka som er vist</translation>
    </message>
    <message>
        <source>Ra&amp;pporter</source>
        <translation>Ra&amp;pportar</translation>
    </message>
    <message>
        <source>Min tid…</source>
        <translation>Tida mi…</translation>
    </message>
    <message>
        <source>Angret: {change}.</source>
        <translation>Angra: {change}.</translation>
    </message>
    <message>
        <source>Gjort om: {change}.</source>
        <translation>Gjort om: {change}.</translation>
    </message>
    <message>
        <source>Ingen registrering å gjenta ennå.</source>
        <translation>Ingen registrering å gjenta enno.</translation>
    </message>
    <message>
        <source>Velg en kode i skjemaet først.</source>
        <translation>Vel ein kode i skjemaet først.</translation>
    </message>
    <message>
        <source>Duplisert.</source>
        <translation>Duplisert.</translation>
    </message>
    <message>
        <source>Kopier til dag</source>
        <translation>Kopier til dag</translation>
    </message>
    <message>
        <source>Kopier registreringen til:</source>
        <translation>Kopier registreringa til:</translation>
    </message>
    <message>
        <source>Kopiert til {date}.</source>
        <translation>Kopiert til {date}.</translation>
    </message>
    <message>
        <source>Slett registrering</source>
        <translation>Slett registrering</translation>
    </message>
    <message>
        <source>Slettet. Angre med Ctrl+Z.</source>
        <translation>Sletta. Angre med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Lagret.</source>
        <translation>Lagra.</translation>
    </message>
    <message>
        <source>Registreringen finnes ikke lenger; lagre den som ny.</source>
        <translation>Registreringa finst ikkje lenger; lagre henne som ny.</translation>
    </message>
    <message>
        <source>Ikke lagret: måneden er levert, og endringen trenger en begrunnelse.</source>
        <translation>Ikkje lagra: månaden er levert, og endringa treng ei grunngiving.</translation>
    </message>
    <message>
        <source>Endre registrering</source>
        <translation>Endre registrering</translation>
    </message>
    <message>
        <source>Endret.</source>
        <translation>Endra.</translation>
    </message>
    <message>
        <source>Ikke lagret: måneden er levert, og en ny registrering der trenger en begrunnelse.</source>
        <translation>Ikkje lagra: månaden er levert, og ei ny registrering der treng ei grunngiving.</translation>
    </message>
    <message>
        <source>Ny registrering</source>
        <translation>Ny registrering</translation>
    </message>
    <message>
        <source>Velg en registrering i listen først.</source>
        <translation>Vel ei registrering i lista først.</translation>
    </message>
    <message>
        <source>Levert måned</source>
        <translation>Levert månad</translation>
    </message>
    <message>
        <source>{month} er levert. Skriv hvorfor du endrer den (kommer i endringsloggen):</source>
        <translation>{month} er levert. Skriv kvifor du endrar han (kjem i endringsloggen):</translation>
    </message>
    <message>
        <source>Du er med i piloten {name}.</source>
        <translation>Du er med i piloten {name}.</translation>
    </message>
    <message>
        <source>Brukeren er lagt til.</source>
        <translation>Brukaren er lagd til.</translation>
    </message>
    <message>
        <source>Velg kode (og bruker) i skjemaet først, og trykk Ctrl+T igjen.</source>
        <translation>Vel kode (og brukar) i skjemaet først, og trykk Ctrl+T igjen.</translation>
    </message>
    <message>
        <source>Tidtakeren går. Stopp med Ctrl+T.</source>
        <translation>Tidtakaren går. Stopp med Ctrl+T.</translation>
    </message>
    <message>
        <source>Første del er lagret.</source>
        <translation>Første del er lagra.</translation>
    </message>
    <message>
        <source>Tidtakeren er stoppet: sjekk skjemaet og lagre med Enter.</source>
        <translation>Tidtakaren er stoppa: sjekk skjemaet og lagre med Enter.</translation>
    </message>
    <message>
        <source>Registreringen er lagret, men tidtakeren kunne ikke nullstilles; fjern den med Tidtaker → Forkast stoppet tidtaker.</source>
        <translation>Registreringa er lagra, men tidtakaren kunne ikkje nullstillast; fjern henne med Tidtakar → Forkast stoppa tidtakar.</translation>
    </message>
    <message>
        <source>Tidtakerens tid er ikke lagret. Ctrl+T henter den fram igjen; Tidtaker → Forkast stoppet tidtaker fjerner den.</source>
        <translation>Tida til tidtakaren er ikkje lagra. Ctrl+T hentar henne fram att; Tidtakar → Forkast stoppa tidtakar fjernar henne.</translation>
    </message>
    <message>
        <source>Tidtakerens tid er forkastet.</source>
        <translation>Tida til tidtakaren er forkasta.</translation>
    </message>
    <message>
        <source>Start tidtaker</source>
        <translation>Start tidtakar</translation>
    </message>
    <message>
        <source>{code} stoppet {time} ({minutes}), ikke lagret</source>
        <translation>{code} stoppa {time} ({minutes}), ikkje lagra</translation>
    </message>
    <message>
        <source>Hent tidtakerens tid</source>
        <translation>Hent tida til tidtakaren</translation>
    </message>
    <message>
        <source>Stopp tidtaker</source>
        <translation>Stopp tidtakar</translation>
    </message>
    <message>
        <source>{code} siden {date} {time} ({running})</source>
        <translation>{code} sidan {date} {time} ({running})</translation>
    </message>
    <message>
        <source>Tastatursnarveier</source>
        <translation>Snarvegar på tastaturet</translation>
    </message>
    <message>
        <source>Tast</source>
        <translation>Tast</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>direkte {direct} · indirekte {indirect} · annet {other} · reise {travel} · direkteandel {share}</source>
        <translation>direkte {direct} · indirekte {indirect} · anna {other} · reise {travel} · direkteandel {share}</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>rehablogg</source>
        <translation>rehablogg</translation>
    </message>
    <message>
        <source>Gå til i dag (Alt+Home)</source>
        <translation>Gå til i dag (Alt+Home)</translation>
    </message>
    <message>
        <source>Gå til i dag</source>
        <translation>Gå til i dag</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Forrige (Alt+Venstre)</source>
        <translation>Førre (Alt+Venstre)</translation>
    </message>
    <message>
        <source>Forrige periode</source>
        <translation>Førre periode</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Neste (Alt+Høyre)</source>
        <translation>Neste (Alt+Høgre)</translation>
    </message>
    <message>
        <source>Neste periode</source>
        <translation>Neste periode</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Gå til dato (Ctrl+G)</source>
        <translation>Gå til dato (Ctrl+G)</translation>
    </message>
    <message>
        <source>Vist dato</source>
        <translation>Vist dato</translation>
    </message>
    <message>
        <source>Vist periode</source>
        <translation>Vist periode</translation>
    </message>
    <message>
        <source>Tidtaker</source>
        <translation>Tidtakar</translation>
    </message>
    <message>
        <source>Start eller stopp tidtakeren (Ctrl+T)</source>
        <translation>Start eller stopp tidtakaren (Ctrl+T)</translation>
    </message>
    <message>
        <source>Start eller stopp tidtaker</source>
        <translation>Start eller stopp tidtakar</translation>
    </message>
    <message>
        <source>Dagvisning (Ctrl+1)</source>
        <translation>Dagvising (Ctrl+1)</translation>
    </message>
    <message>
        <source>Dagvisning</source>
        <translation>Dagvising</translation>
    </message>
    <message>
        <source>Sikkerhets&amp;kopier …</source>
        <translation>Tryggings&amp;kopiar …</translation>
    </message>
    <message>
        <source>Gjør &amp;om</source>
        <translation>Gjer &amp;om</translation>
    </message>
    <message>
        <source>&amp;Uke</source>
        <translation>&amp;Veke</translation>
    </message>
    <message>
        <source>Ukevisning (Ctrl+2)</source>
        <translation>Vekevising (Ctrl+2)</translation>
    </message>
    <message>
        <source>Ukevisning</source>
        <translation>Vekevising</translation>
    </message>
    <message>
        <source>&amp;Ny registrering</source>
        <translation>&amp;Ny registrering</translation>
    </message>
    <message>
        <source>Ny registrering (Ctrl+N)</source>
        <translation>Ny registrering (Ctrl+N)</translation>
    </message>
    <message>
        <source>I dag</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Tidtakerikon</source>
        <translation>Tidtakarikon</translation>
    </message>
    <message>
        <source>Dag</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Uke</source>
        <translation>Veke</translation>
    </message>
    <message>
        <source>Minutter per dag</source>
        <translation>Minutt per dag</translation>
    </message>
    <message>
        <source>Registreringer</source>
        <translation>Registreringar</translation>
    </message>
    <message>
        <source>Summer</source>
        <translation>Summar</translation>
    </message>
    <message>
        <source>Registreringsskjema</source>
        <translation>Registreringsskjema</translation>
    </message>
    <message>
        <source>&amp;Fil</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Brukere</source>
        <translation>&amp;Brukarar</translation>
    </message>
    <message>
        <source>&amp;Tidtaker</source>
        <translation>&amp;Tidtakar</translation>
    </message>
    <message>
        <source>&amp;Rediger</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Vis</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Hjelp</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;Eksporter eller lever inn …</source>
        <translation>&amp;Eksporter eller lever inn …</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>E&amp;ndringslogg …</source>
        <translation>E&amp;ndringslogg …</translation>
    </message>
    <message>
        <source>&amp;Profil og innstillinger …</source>
        <translation>&amp;Profil og innstillingar …</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Bli &amp;med i pilot …</source>
        <translation>Bli &amp;med i pilot …</translation>
    </message>
    <message>
        <source>&amp;Brukerregister …</source>
        <translation>&amp;Brukarregister …</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Ny bruker …</source>
        <translation>&amp;Ny brukar …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>&amp;Start eller stopp tidtaker</source>
        <translation>&amp;Start eller stopp tidtakar</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Forkast stoppet tidtaker</source>
        <translation>&amp;Forkast stoppa tidtakar</translation>
    </message>
    <message>
        <source>Fjern tidtakerens tid uten å lagre den</source>
        <translation>Fjern tida til tidtakaren utan å lagre henne</translation>
    </message>
    <message>
        <source>&amp;Avslutt</source>
        <translation>&amp;Avslutt</translation>
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
        <translation>&amp;Rediger vald</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>&amp;Slett valgt</source>
        <translation>&amp;Slett vald</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;Dupliser valgt</source>
        <translation>&amp;Dupliser vald</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Gjenta siste registrering</source>
        <translation>&amp;Gjenta siste registrering</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Kopier valgt til annen dag …</source>
        <translation>&amp;Kopier vald til ein annan dag …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Merk valgt kode som &amp;favoritt</source>
        <translation>Merk vald kode som &amp;favoritt</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Angre</source>
        <translation>&amp;Angre</translation>
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
        <translation>&amp;Dag</translation>
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
        <translation>&amp;I dag</translation>
    </message>
    <message>
        <source>Alt+Home</source>
        <translation>Alt+Home</translation>
    </message>
    <message>
        <source>&amp;Forrige</source>
        <translation>&amp;Førre</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Neste</source>
        <translation>&amp;Neste</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>&amp;Gå til dato</source>
        <translation>&amp;Gå til dato</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;Koder …</source>
        <translation>&amp;Kodar …</translation>
    </message>
    <message>
        <source>Hva hver kode brukes til, med søk (Shift+F1)</source>
        <translation>Kva kvar kode blir brukt til, med søk (Shift+F1)</translation>
    </message>
    <message>
        <source>Shift+F1</source>
        <translation>Shift+F1</translation>
    </message>
    <message>
        <source>&amp;Tastatursnarveier</source>
        <translation>&amp;Snarvegar på tastaturet</translation>
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
        <translation>{name} kommune i {county}</translation>
    </message>
</context>
<context>
    <name>NeedsDialog</name>
    <message>
        <source>Lagre (Enter)</source>
        <translation>Lagre (Enter)</translation>
    </message>
    <message>
        <source>Lagre behovsvurderingen</source>
        <translation>Lagre behovsvurderinga</translation>
    </message>
    <message>
        <source>Avbryt (Esc)</source>
        <translation>Avbryt (Esc)</translation>
    </message>
    <message>
        <source>Avbryt uten å lagre</source>
        <translation>Avbryt utan å lagre</translation>
    </message>
    <message>
        <source>Ny behovsvurdering</source>
        <translation>Ny behovsvurdering</translation>
    </message>
    <message>
        <source>Endre behovsvurdering</source>
        <translation>Endre behovsvurdering</translation>
    </message>
    <message>
        <source>Vurdert</source>
        <translation>Vurdert</translation>
    </message>
    <message>
        <source>Skriv datoen behovene ble vurdert, som dd.mm.åååå.</source>
        <translation>Skriv datoen då behova vart vurderte, som dd.mm.åååå.</translation>
    </message>
    <message>
        <source>Behov fremover</source>
        <translation>Behov framover</translation>
    </message>
    <message>
        <source>Hvor mye hjelp ser du at brukeren trenger fremover på hvert område? Grovt anslag: ingen, noe eller mye.</source>
        <translation>Kor mykje hjelp ser du at brukaren treng framover på kvart område? Grovt overslag: ingen, noko eller mykje.</translation>
    </message>
    <message>
        <source>&amp;Vurdert</source>
        <translation>&amp;Vurdert</translation>
    </message>
    <message>
        <source>Vurderingsdato</source>
        <translation>Vurderingsdato</translation>
    </message>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>&amp;Barnehage/skole</source>
        <translation>&amp;Barnehage/skule</translation>
    </message>
    <message>
        <source>Behov barnehage eller skole</source>
        <translation>Behov barnehage eller skule</translation>
    </message>
    <message>
        <source>B&amp;olig</source>
        <translation>Bu&amp;stad</translation>
    </message>
    <message>
        <source>Behov bolig</source>
        <translation>Behov bustad</translation>
    </message>
    <message>
        <source>&amp;Hjelpemidler</source>
        <translation>&amp;Hjelpemiddel</translation>
    </message>
    <message>
        <source>Behov hjelpemidler</source>
        <translation>Behov hjelpemiddel</translation>
    </message>
    <message>
        <source>&amp;Transport</source>
        <translation>&amp;Transport</translation>
    </message>
    <message>
        <source>Behov transport</source>
        <translation>Behov transport</translation>
    </message>
    <message>
        <source>&amp;IP/koordinator</source>
        <translation>&amp;IP/koordinator</translation>
    </message>
    <message>
        <source>Behov individuell plan eller koordinator</source>
        <translation>Behov individuell plan eller koordinator</translation>
    </message>
</context>
<context>
    <name>NeedsModel</name>
    <message>
        <source>Vurdert</source>
        <translation>Vurdert</translation>
    </message>
</context>
<context>
    <name>PilotDialog</name>
    <message>
        <source>&amp;Bli med</source>
        <translation>&amp;Bli med</translation>
    </message>
    <message>
        <source>Åpne pilotfil</source>
        <translation>Opne pilotfil</translation>
    </message>
    <message>
        <source>Pilotfiler (*.toml);;Alle filer (*)</source>
        <translation>Pilotfiler (*.toml);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Finner ikke pilotfilen {path}.</source>
        <translation>Finn ikkje pilotfila {path}.</translation>
    </message>
    <message>
        <source>Ingen pilotfil er åpnet.</source>
        <translation>Inga pilotfil er opna.</translation>
    </message>
    <message>
        <source>koblede pseudonymer (nøkkel: finnes)</source>
        <translation>kopla pseudonym (nøkkel: finst)</translation>
    </message>
    <message>
        <source>pseudonymene er ikke koblet</source>
        <translation>pseudonyma er ikkje kopla</translation>
    </message>
    <message>
        <source>{name} ({id}) – kodeverk {catalogue} versjon {version}, terapeuter: {count}, {linked}.</source>
        <translation>{name} ({id}) – kodeverk {catalogue} versjon {version}, terapeutar: {count}, {linked}.</translation>
    </message>
    <message>
        <source>Velg din terapeutkode i listen.</source>
        <translation>Vel terapeutkoden din i lista.</translation>
    </message>
    <message>
        <source>Åpne en pilotfil og velg din terapeutkode først.</source>
        <translation>Opne ei pilotfil og vel terapeutkoden din først.</translation>
    </message>
    <message>
        <source>Bli med i pilot</source>
        <translation>Bli med i pilot</translation>
    </message>
    <message>
        <source>Åpne pilotfilen du har fått fra pilotlederen, og velg din terapeutkode i listen. Eksportene dine får da pilotens id, din kode og pilotens kodeverk.</source>
        <translation>Opne pilotfila du har fått frå pilotleiaren, og vel terapeutkoden din i lista. Eksportane dine får då id-en til piloten, koden din og kodeverket til piloten.</translation>
    </message>
    <message>
        <source>&amp;Pilotfil:</source>
        <translation>&amp;Pilotfil:</translation>
    </message>
    <message>
        <source>Pilotfil</source>
        <translation>Pilotfil</translation>
    </message>
    <message>
        <source>sti til pilotfilen (.toml)</source>
        <translation>stien til pilotfila (.toml)</translation>
    </message>
    <message>
        <source>Bla gjennom</source>
        <translation>Bla gjennom</translation>
    </message>
    <message>
        <source>Bla &amp;gjennom …</source>
        <translation>Bla &amp;gjennom …</translation>
    </message>
    <message>
        <source>Piloten</source>
        <translation>Piloten</translation>
    </message>
    <message>
        <source>Søk i terapeutlisten</source>
        <translation>Søk i terapeutlista</translation>
    </message>
    <message>
        <source>Søk etter terapeutkode, kommune eller enhet</source>
        <translation>Søk etter terapeutkode, kommune eller eining</translation>
    </message>
    <message>
        <source>Terapeuter i piloten</source>
        <translation>Terapeutar i piloten</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>profilen</source>
        <translation>profilen</translation>
    </message>
    <message>
        <source>Ferie</source>
        <translation>Ferie</translation>
    </message>
    <message>
        <source>Sykefravær</source>
        <translation>Sjukefråvær</translation>
    </message>
    <message>
        <source>Kurs</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Annet fravær</source>
        <translation>Anna fråvær</translation>
    </message>
    <message>
        <source>Fysioterapeut</source>
        <translation>Fysioterapeut</translation>
    </message>
    <message>
        <source>Ergoterapeut</source>
        <translation>Ergoterapeut</translation>
    </message>
    <message>
        <source>241 Diagnose, behandling, re-/habilitering</source>
        <translation>241 Diagnose, behandling, re-/habilitering</translation>
    </message>
    <message>
        <source>232 Helsestasjons- og skolehelsetjeneste</source>
        <translation>232 Helsestasjons- og skulehelseteneste</translation>
    </message>
    <message>
        <source>233 Annet forebyggende helsearbeid</source>
        <translation>233 Anna førebyggjande helsearbeid</translation>
    </message>
    <message>
        <source>234 Aktiviserings- og servicetjenester for eldre og personer med funksjonsnedsettelser</source>
        <translation>234 Aktiviserings- og servicetenester overfor eldre og personar med funksjonsnedsetjingar</translation>
    </message>
    <message>
        <source>253 Helse- og omsorgstjenester i institusjon</source>
        <translation>253 Helse- og omsorgstenester i institusjon</translation>
    </message>
    <message>
        <source>254 Helse- og omsorgstjenester til hjemmeboende</source>
        <translation>254 Helse- og omsorgstenester til heimebuande</translation>
    </message>
    <message>
        <source>Kommuneforslag</source>
        <translation>Kommuneframlegg</translation>
    </message>
    <message>
        <source>Kode&amp;verk</source>
        <translation>Kode&amp;verk</translation>
    </message>
    <message>
        <source>Kodeverk</source>
        <translation>Kodeverk</translation>
    </message>
    <message>
        <source>Versjon {version}</source>
        <translation>Versjon {version}</translation>
    </message>
    <message>
        <source>Versjon {version} (nyeste)</source>
        <translation>Versjon {version} (nyaste)</translation>
    </message>
    <message>
        <source>Piloten bestemmer kodeverket; pilotfilen sier hvilken versjon.</source>
        <translation>Piloten bestemmer kodeverket; pilotfila seier kva for versjon.</translation>
    </message>
    <message>
        <source>Kodene du registrerer med. Lagrede registreringer beholder sin versjon.</source>
        <translation>Kodane du registrerer med. Lagra registreringar held på versjonen sin.</translation>
    </message>
    <message>
        <source>Lagre (Enter)</source>
        <translation>Lagre (Enter)</translation>
    </message>
    <message>
        <source>Lagre profilen</source>
        <translation>Lagre profilen</translation>
    </message>
    <message>
        <source>Senere (Esc)</source>
        <translation>Seinare (Esc)</translation>
    </message>
    <message>
        <source>Avbryt (Esc)</source>
        <translation>Avbryt (Esc)</translation>
    </message>
    <message>
        <source>Senere</source>
        <translation>Seinare</translation>
    </message>
    <message>
        <source>Avbryt uten å lagre</source>
        <translation>Avbryt utan å lagre</translation>
    </message>
    <message>
        <source>Velkommen til rehablogg</source>
        <translation>Velkomen til rehablogg</translation>
    </message>
    <message>
        <source>Fyll inn hvem du er og hvor du jobber, så er rehablogg klar til bruk. Terapeutkoden får du av pilotlederen.</source>
        <translation>Fyll inn kven du er og kvar du arbeider, så er rehablogg klar til bruk. Terapeutkoden får du av pilotleiaren.</translation>
    </message>
    <message>
        <source>Arbeidsdager, arbeidstid, fravær og forvalg for nye registreringer kan endres senere under Fil → Profil og innstillinger.</source>
        <translation>Arbeidsdagar, arbeidstid, fråvær og førehandsval for nye registreringar kan du endre seinare under Fil → Profil og innstillingar.</translation>
    </message>
    <message>
        <source>Profil</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>{name} kommune i {county}</source>
        <translation>{name} kommune i {county}</translation>
    </message>
    <message>
        <source>Til-datoen kan ikke være før fra-datoen.</source>
        <translation>Til-datoen kan ikkje vere før frå-datoen.</translation>
    </message>
    <message>
        <source>Legg inn høyst ett år med fravær om gangen.</source>
        <translation>Legg inn høgst eitt år med fråvær om gongen.</translation>
    </message>
    <message>
        <source>Perioden har ingen arbeidsdager; helg, helligdager og dager du ikke jobber trenger ikke fravær.</source>
        <translation>Perioden har ingen arbeidsdagar; helg, heilagdagar og dagar du ikkje arbeider, treng ikkje fråvær.</translation>
    </message>
    <message>
        <source>La til {count} {kind}, hoppet over {skipped} fridager.</source>
        <translation>La til {count} {kind}, hoppa over {skipped} fridagar.</translation>
    </message>
    <message>
        <source>La til {count} {kind}.</source>
        <translation>La til {count} {kind}.</translation>
    </message>
    <message>
        <source>Velg dagene som skal fjernes i listen først.</source>
        <translation>Vel dagane som skal fjernast, i lista først.</translation>
    </message>
    <message>
        <source>Fjernet {count}.</source>
        <translation>Fjerna {count}.</translation>
    </message>
    <message>
        <source>1 dag</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>{n} dager</source>
        <translation>{n} dagar</translation>
    </message>
    <message>
        <source>Profilen ble ikke lagret ({error}); det du skrev er beholdt, prøv igjen.</source>
        <translation>Profilen vart ikkje lagra ({error}); det du skreiv, er teke vare på, prøv igjen.</translation>
    </message>
    <message>
        <source>Skriv terapeutkoden du har fått av pilotlederen, for eksempel FT01.</source>
        <translation>Skriv terapeutkoden du har fått av pilotleiaren, til dømes FT01.</translation>
    </message>
    <message>
        <source>Kryss av minst én arbeidsdag.</source>
        <translation>Kryss av minst éin arbeidsdag.</translation>
    </message>
    <message>
        <source>Arbeidsdagen må slutte etter at den begynner, for eksempel 08:00–15:30.</source>
        <translation>Arbeidsdagen må slutte etter at han byrjar, til dømes 08:00–15:30.</translation>
    </message>
    <message>
        <source>Profil og innstillinger</source>
        <translation>Profil og innstillingar</translation>
    </message>
    <message>
        <source>Deg og arbeidsstedet</source>
        <translation>Deg og arbeidsstaden</translation>
    </message>
    <message>
        <source>&amp;Terapeutkode</source>
        <translation>&amp;Terapeutkode</translation>
    </message>
    <message>
        <source>Terapeutkode</source>
        <translation>Terapeutkode</translation>
    </message>
    <message>
        <source>Fra pilotlederen, for eksempel FT01</source>
        <translation>Frå pilotleiaren, til dømes FT01</translation>
    </message>
    <message>
        <source>&amp;Profesjon</source>
        <translation>&amp;Profesjon</translation>
    </message>
    <message>
        <source>Profesjon</source>
        <translation>Profesjon</translation>
    </message>
    <message>
        <source>&amp;Kommune</source>
        <translation>&amp;Kommune</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Søk på kommunenummer eller navn</source>
        <translation>Søk etter kommunenummer eller namn</translation>
    </message>
    <message>
        <source>&amp;Enhet</source>
        <translation>&amp;Eining</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <source>For eksempel Barne- og familietjenesten</source>
        <translation>Til dømes Barne- og familietenesta</translation>
    </message>
    <message>
        <source>&amp;Stillingsprosent</source>
        <translation>&amp;Stillingsprosent</translation>
    </message>
    <message>
        <source>Stillingsprosent</source>
        <translation>Stillingsprosent</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>KOSTRA-f&amp;unksjon</source>
        <translation>KOSTRA-f&amp;unksjon</translation>
    </message>
    <message>
        <source>KOSTRA-funksjon</source>
        <translation>KOSTRA-funksjon</translation>
    </message>
    <message>
        <source>Arbeidsuke</source>
        <translation>Arbeidsveke</translation>
    </message>
    <message>
        <source>Arbeids&amp;dager</source>
        <translation>Arbeids&amp;dagar</translation>
    </message>
    <message>
        <source>man</source>
        <translation>mån</translation>
    </message>
    <message>
        <source>Arbeidsdag mandag</source>
        <translation>Arbeidsdag måndag</translation>
    </message>
    <message>
        <source>tir</source>
        <translation>tys</translation>
    </message>
    <message>
        <source>Arbeidsdag tirsdag</source>
        <translation>Arbeidsdag tysdag</translation>
    </message>
    <message>
        <source>ons</source>
        <translation>ons</translation>
    </message>
    <message>
        <source>Arbeidsdag onsdag</source>
        <translation>Arbeidsdag onsdag</translation>
    </message>
    <message>
        <source>tor</source>
        <translation>tor</translation>
    </message>
    <message>
        <source>Arbeidsdag torsdag</source>
        <translation>Arbeidsdag torsdag</translation>
    </message>
    <message>
        <source>fre</source>
        <translation>fre</translation>
    </message>
    <message>
        <source>Arbeidsdag fredag</source>
        <translation>Arbeidsdag fredag</translation>
    </message>
    <message>
        <source>lør</source>
        <translation>lau</translation>
    </message>
    <message>
        <source>Arbeidsdag lørdag</source>
        <translation>Arbeidsdag laurdag</translation>
    </message>
    <message>
        <source>søn</source>
        <translation>søn</translation>
    </message>
    <message>
        <source>Arbeidsdag søndag</source>
        <translation>Arbeidsdag søndag</translation>
    </message>
    <message>
        <source>Arbeidst&amp;id</source>
        <translation>Arbeidst&amp;id</translation>
    </message>
    <message>
        <source>Arbeidsdagen begynner</source>
        <translation>Arbeidsdagen byrjar</translation>
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
        <translation>Arbeidsdagen sluttar</translation>
    </message>
    <message>
        <source>Forvalg for nye registreringer</source>
        <translation>Førehandsval for nye registreringar</translation>
    </message>
    <message>
        <source>&amp;Arena</source>
        <translation>&amp;Arena</translation>
    </message>
    <message>
        <source>Forvalgt arena</source>
        <translation>Førehandsvald arena</translation>
    </message>
    <message>
        <source>K&amp;ontaktform</source>
        <translation>K&amp;ontaktform</translation>
    </message>
    <message>
        <source>Forvalgt kontaktform</source>
        <translation>Førehandsvald kontaktform</translation>
    </message>
    <message>
        <source>Fraværsdager</source>
        <translation>Fråværsdagar</translation>
    </message>
    <message>
        <source>F&amp;ra</source>
        <translation>F&amp;rå</translation>
    </message>
    <message>
        <source>Fravær fra dato</source>
        <translation>Fråvær frå dato</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Ti&amp;l</source>
        <translation>Ti&amp;l</translation>
    </message>
    <message>
        <source>Fravær til og med dato</source>
        <translation>Fråvær til og med dato</translation>
    </message>
    <message>
        <source>&amp;Fraværstype</source>
        <translation>&amp;Fråværstype</translation>
    </message>
    <message>
        <source>Fraværstype</source>
        <translation>Fråværstype</translation>
    </message>
    <message>
        <source>Le&amp;gg til</source>
        <translation>Le&amp;gg til</translation>
    </message>
    <message>
        <source>Legg til fravær</source>
        <translation>Legg til fråvær</translation>
    </message>
    <message>
        <source>Legger til fravær for arbeidsdagene fra og med til og med (Enter i fraværsfeltene gjør det samme)</source>
        <translation>Legg til fråvær for arbeidsdagane frå og med til og med (Enter i fråværsfelta gjer det same)</translation>
    </message>
    <message>
        <source>Fjer&amp;n valgte</source>
        <translation>Fjer&amp;n valde</translation>
    </message>
    <message>
        <source>Fjern valgte fraværsdager</source>
        <translation>Fjern valde fråværsdagar</translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <source>Forslag</source>
        <translation>Framlegg</translation>
    </message>
    <message>
        <source>Ta med</source>
        <translation>Ta med</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
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
        <translation>Kode</translation>
    </message>
    <message>
        <source>Bruker</source>
        <translation>Brukar</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>Frå</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>&amp;Lagre valgte</source>
        <translation>&amp;Lagre valde</translation>
    </message>
    <message>
        <source>(kode gjettet fra «{word}»)</source>
        <translation>(kode gissa frå «{word}»)</translation>
    </message>
    <message>
        <source>Kode, rad {row}</source>
        <translation>Kode, rad {row}</translation>
    </message>
    <message>
        <source>– velg kode –</source>
        <translation>– vel kode –</translation>
    </message>
    <message>
        <source>Bruker, rad {row}</source>
        <translation>Brukar, rad {row}</translation>
    </message>
    <message>
        <source>– ingen –</source>
        <translation>– ingen –</translation>
    </message>
    <message>
        <source>importert eller kopiert før</source>
        <translation>importert eller kopiert før</translation>
    </message>
    <message>
        <source>{n} av {total} forslag er valgt.</source>
        <translation>{n} av {total} framlegg er valde.</translation>
    </message>
    <message>
        <source>Velg en kode.</source>
        <translation>Vel ein kode.</translation>
    </message>
    <message>
        <source>lagret</source>
        <translation>lagra</translation>
    </message>
    <message>
        <source>{saved} lagret; {failed} må endres først (se Merknad), eller fjern haken.</source>
        <translation>{saved} lagra; {failed} må endrast først (sjå Merknad), eller fjern haken.</translation>
    </message>
</context>
<context>
    <name>ReceiptControls</name>
    <message>
        <source>Kvitteringer til terapeutene:</source>
        <translation>Kvitteringar til terapeutane:</translation>
    </message>
    <message>
        <source>Skriv en kvittering (JSON) per terapeut etter hver samling: hver innlevert måned godtatt, erstattet eller returnert.</source>
        <translation>Skriv ei kvittering (JSON) per terapeut etter kvar samling: kvar innlevert månad godteken, erstatta eller returnert.</translation>
    </message>
    <message>
        <source>Mappe for kvitteringene</source>
        <translation>Mappe for kvitteringane</translation>
    </message>
    <message>
        <source>Velg mappe …</source>
        <translation>Vel mappe …</translation>
    </message>
    <message>
        <source>Velg mappe for kvitteringene</source>
        <translation>Vel mappe for kvitteringane</translation>
    </message>
    <message>
        <source>Velg en mappe for kvitteringene, eller slå dem av.</source>
        <translation>Vel ei mappe for kvitteringane, eller slå dei av.</translation>
    </message>
    <message>
        <source>Retur&amp;ner måned …</source>
        <translation>Retur&amp;ner månad …</translation>
    </message>
    <message>
        <source>Send den valgte innleveringen tilbake til terapeuten med en årsak; kvitteringen sier returnert til en korreksjon kommer.</source>
        <translation>Send den valde innleveringa tilbake til terapeuten med ei årsak; kvitteringa seier returnert til ein korreksjon kjem.</translation>
    </message>
    <message>
        <source>Angre retur</source>
        <translation>Angre retur</translation>
    </message>
    <message>
        <source>Skriv &amp;kvitteringer …</source>
        <translation>Skriv &amp;kvitteringar …</translation>
    </message>
    <message>
        <source>Skriv kvitteringene fra samlingen nå, uten å samle på nytt.</source>
        <translation>Skriv kvitteringane frå samlinga no, utan å samle på nytt.</translation>
    </message>
    <message>
        <source>Samlingen finnes ikke ennå; trykk Samle først.</source>
        <translation>Samlinga finst ikkje enno; trykk Samle først.</translation>
    </message>
    <message>
        <source>Hvorfor sendes {therapist} {month} tilbake? Terapeuten ser årsaken i kvitteringen (høyst {limit} tegn, ingen fødselsnumre).</source>
        <translation>Kvifor skal {therapist} {month} sendast tilbake? Terapeuten ser årsaka i kvitteringa (høgst {limit} teikn, ingen fødselsnummer).</translation>
    </message>
    <message>
        <source>{therapist} {month} er returnert; kvitteringen sier det når den skrives (Skriv kvitteringer, eller neste samling med kvitteringer valgt).</source>
        <translation>{therapist} {month} er returnert; kvitteringa seier det når ho blir skriven (Skriv kvitteringar, eller neste samling med kvitteringar slått på).</translation>
    </message>
    <message>
        <source>Returen av {therapist} {month} er angret.</source>
        <translation>Returen av {therapist} {month} er angra.</translation>
    </message>
    <message>
        <source>{count} kvitteringer er skrevet til {path}.</source>
        <translation>{count} kvitteringar er skrivne til {path}.</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Kvitteringer fra pilotlederen</source>
        <translation>Kvitteringar frå pilotleiaren</translation>
    </message>
    <message>
        <source>Hva pilotlederen har sagt om hver måned du har levert. En returnert måned rettes og leveres på nytt som korreksjon.</source>
        <translation>Kva pilotleiaren har sagt om kvar månad du har levert. Ein returnert månad blir retta og levert på nytt som korreksjon.</translation>
    </message>
    <message>
        <source>Månedene i kvitteringene</source>
        <translation>Månadene i kvitteringane</translation>
    </message>
    <message>
        <source>Måned</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Kvittering</source>
        <translation>Kvittering</translation>
    </message>
    <message>
        <source>Årsak</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>&amp;Les kvittering …</source>
        <translation>&amp;Les kvittering …</translation>
    </message>
    <message>
        <source>Lever &amp;på nytt …</source>
        <translation>Lever &amp;på nytt …</translation>
    </message>
    <message>
        <source>Åpne eksporten for den returnerte måneden og lever den på nytt.</source>
        <translation>Opne eksporten for den returnerte månaden og lever han på nytt.</translation>
    </message>
    <message>
        <source>Les kvittering</source>
        <translation>Les kvittering</translation>
    </message>
    <message>
        <source>Kvitteringer (*.json);;Alle filer (*)</source>
        <translation>Kvitteringar (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Kvitteringen skrevet {day} er lest inn: {months} måneder, {returned} returnert.</source>
        <translation>Kvitteringa skriven {day} er lesen inn: {months} månader, {returned} returnert.</translation>
    </message>
    <message>
        <source>{count} måneder i kvitteringen ble ikke gjenkjent (de er ikke levert fra denne loggboken) og er ikke lest inn.</source>
        <translation>{count} månader i kvitteringa vart ikkje kjende att (dei er ikkje leverte frå denne loggboka) og er ikkje lesne inn.</translation>
    </message>
    <message>
        <source>Den sa ikke noe nyere enn det som alt var lest inn.</source>
        <translation>Ho sa ikkje noko nyare enn det som alt var lese inn.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>ISO-uke</source>
        <translation>ISO-veke</translation>
    </message>
    <message>
        <source>Timer per uke</source>
        <translation>Timar per veke</translation>
    </message>
    <message>
        <source>Direkte</source>
        <translation>Direkte</translation>
    </message>
    <message>
        <source>Indirekte</source>
        <translation>Indirekte</translation>
    </message>
    <message>
        <source>Annet</source>
        <translation>Anna</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timar</translation>
    </message>
    <message>
        <source>{name}: minutter per uke</source>
        <translation>{name}: minutt per veke</translation>
    </message>
    <message>
        <source>Minutter</source>
        <translation>Minutt</translation>
    </message>
    <message>
        <source>Sommeruker (26–33)</source>
        <translation>Sommarveker (26–33)</translation>
    </message>
    <message>
        <source>Uke uten kontakt</source>
        <translation>Veke utan kontakt</translation>
    </message>
    <message>
        <source>Mål: {minutes} direkte minutter per uke</source>
        <translation>Mål: {minutes} direkte minutt per veke</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>Min tid</source>
        <translation>Tida mi</translation>
    </message>
    <message>
        <source>Rapporter</source>
        <translation>Rapportar</translation>
    </message>
    <message>
        <source>Diagram: timer per uke</source>
        <translation>Diagram: timar per veke</translation>
    </message>
    <message>
        <source>Timer per uke</source>
        <translation>Timar per veke</translation>
    </message>
    <message>
        <source>Sammendrag</source>
        <translation>Samandrag</translation>
    </message>
    <message>
        <source>&amp;Oversikt</source>
        <translation>&amp;Oversikt</translation>
    </message>
    <message>
        <source>Tid per kode</source>
        <translation>Tid per kode</translation>
    </message>
    <message>
        <source>&amp;Koder</source>
        <translation>&amp;Kodar</translation>
    </message>
    <message>
        <source>Tid per bruker</source>
        <translation>Tid per brukar</translation>
    </message>
    <message>
        <source>Tid per aldersgruppe</source>
        <translation>Tid per aldersgruppe</translation>
    </message>
    <message>
        <source>&amp;Brukere og aldersgrupper</source>
        <translation>&amp;Brukarar og aldersgrupper</translation>
    </message>
    <message>
        <source>Samarbeidsparter i indirekte arbeid</source>
        <translation>Samarbeidspartar i indirekte arbeid</translation>
    </message>
    <message>
        <source>Indirekte registreringer med hver samarbeidspart; en registrering med tre parter teller én gang for hver av dem.</source>
        <translation>Indirekte registreringar med kvar samarbeidspart; ei registrering med tre partar tel éin gong for kvar av dei.</translation>
    </message>
    <message>
        <source>&amp;Samarbeidsparter</source>
        <translation>&amp;Samarbeidspartar</translation>
    </message>
    <message>
        <source>Intensitet og kontinuitet per bruker</source>
        <translation>Intensitet og kontinuitet per brukar</translation>
    </message>
    <message>
        <source>Diagram: valgt brukers minutter per uke</source>
        <translation>Diagram: minutt per veke for den valde brukaren</translation>
    </message>
    <message>
        <source>&amp;Intensitet</source>
        <translation>&amp;Intensitet</translation>
    </message>
    <message>
        <source>Uke</source>
        <translation>Veke</translation>
    </message>
    <message>
        <source>Måned</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>År</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Egendefinert</source>
        <translation>Eigendefinert</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Forrige periode</source>
        <translation>Førre periode</translation>
    </message>
    <message>
        <source>Forrige periode (Alt+Venstre)</source>
        <translation>Førre periode (Alt+Venstre)</translation>
    </message>
    <message>
        <source>Neste periode</source>
        <translation>Neste periode</translation>
    </message>
    <message>
        <source>Neste periode (Alt+Høyre)</source>
        <translation>Neste periode (Alt+Høgre)</translation>
    </message>
    <message>
        <source>Fra dato</source>
        <translation>Frå dato</translation>
    </message>
    <message>
        <source>Til dato</source>
        <translation>Til dato</translation>
    </message>
    <message>
        <source>&amp;Fra:</source>
        <translation>&amp;Frå:</translation>
    </message>
    <message>
        <source>&amp;Til:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>Valgt periode</source>
        <translation>Vald periode</translation>
    </message>
    <message>
        <source>Kopier tabell</source>
        <translation>Kopier tabell</translation>
    </message>
    <message>
        <source>Kopier tabell: {name}</source>
        <translation>Kopier tabell: {name}</translation>
    </message>
    <message>
        <source>Legger hele tabellen på utklippstavlen, klar til å lime inn i et regneark (Ctrl+C kopierer de valgte cellene).</source>
        <translation>Legg heile tabellen på utklippstavla, klar til å lime inn i eit rekneark (Ctrl+C kopierer dei valde cellene).</translation>
    </message>
    <message>
        <source>Fra-datoen {start} er etter til-datoen {end}; velg en fra-dato som ikke er etter til-datoen.</source>
        <translation>Frå-datoen {start} er etter til-datoen {end}; vel ein frå-dato som ikkje er etter til-datoen.</translation>
    </message>
    <message>
        <source>uke {week} {year}</source>
        <translation>veke {week} {year}</translation>
    </message>
    <message>
        <source>Stilling {percent} % · {days} arbeidsdager i perioden (uten helligdager og fravær) · et helt årsverk (37,5 timer i uka) er {fte} timer i perioden. Timer per årsverk = timer / (stillingsprosent / 100).</source>
        <translation>Stilling {percent} % · {days} arbeidsdagar i perioden (utan heilagdagar og fråvær) · eit heilt årsverk (37,5 timar i veka) er {fte} timar i perioden. Timar per årsverk = timar / (stillingsprosent / 100).</translation>
    </message>
    <message>
        <source>Fra periodens første dag (for brukere du hadde kontakt med det siste halvåret før), ellers fra brukerens første kontakt i perioden, til periodens siste dag (ikke lenger enn til i dag). Kontakt er direkte eller indirekte tid; «annet» teller ikke. Sommeruker er ISO-uke 26–33.{targets}</source>
        <translation>Frå den første dagen i perioden (for brukarar du hadde kontakt med det siste halvåret før), elles frå den første kontakten med brukaren i perioden, til den siste dagen i perioden (ikkje lenger enn til i dag). Kontakt er direkte eller indirekte tid; «anna» tel ikkje. Sommarveker er ISO-veke 26–33.{targets}</translation>
    </message>
    <message>
        <source> Piloten du er med i har ikke satt noe mål for intensitet.</source>
        <translation> Piloten du er med i, har ikkje sett noko mål for intensitet.</translation>
    </message>
    <message>
        <source>Ingen brukere</source>
        <translation>Ingen brukarar</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>nei</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>{n} økter</source>
        <translation>{n} økter</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{parts} per uke</source>
        <translation>{parts} per veke</translation>
    </message>
    <message>
        <source>Direkte (t)</source>
        <translation>Direkte (t)</translation>
    </message>
    <message>
        <source>Indirekte (t)</source>
        <translation>Indirekte (t)</translation>
    </message>
    <message>
        <source>Annet (t)</source>
        <translation>Anna (t)</translation>
    </message>
    <message>
        <source>Sum (t)</source>
        <translation>Sum (t)</translation>
    </message>
    <message>
        <source>Reise (t)</source>
        <translation>Reise (t)</translation>
    </message>
    <message>
        <source>Registreringer</source>
        <translation>Registreringar</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timar</translation>
    </message>
    <message>
        <source>Timer per årsverk</source>
        <translation>Timar per årsverk</translation>
    </message>
    <message>
        <source>Andel (%)</source>
        <translation>Andel (%)</translation>
    </message>
    <message>
        <source>Direkte brukertid</source>
        <translation>Direkte brukartid</translation>
    </message>
    <message>
        <source>Indirekte brukertid</source>
        <translation>Indirekte brukartid</translation>
    </message>
    <message>
        <source>Annet</source>
        <translation>Anna</translation>
    </message>
    <message>
        <source>Sum (uten reise)</source>
        <translation>Sum (utan reise)</translation>
    </message>
    <message>
        <source>Uka går fra {monday} til {sunday}; bare dagene i perioden er talt med.</source>
        <translation>Veka går frå {monday} til {sunday}; berre dagane i perioden er talde med.</translation>
    </message>
    <message>
        <source>Reise</source>
        <translation>Reise</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Habilitering</source>
        <translation>Habilitering</translation>
    </message>
    <message>
        <source>Rehabilitering</source>
        <translation>Rehabilitering</translation>
    </message>
    <message>
        <source>Bruker</source>
        <translation>Brukar</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Aldersgruppe</source>
        <translation>Aldersgruppe</translation>
    </message>
    <message>
        <source>Tjeneste</source>
        <translation>Teneste</translation>
    </message>
    <message>
        <source>Brukere</source>
        <translation>Brukarar</translation>
    </message>
    <message>
        <source>Deltakelser</source>
        <translation>Deltakingar</translation>
    </message>
    <message>
        <source>Samarbeidspart</source>
        <translation>Samarbeidspart</translation>
    </message>
    <message>
        <source>Andel av indirekte registreringer (%)</source>
        <translation>Andel av indirekte registreringar (%)</translation>
    </message>
    <message>
        <source>Direkte økter per uke</source>
        <translation>Direkte økter per veke</translation>
    </message>
    <message>
        <source>Direkte minutter per uke</source>
        <translation>Direkte minutt per veke</translation>
    </message>
    <message>
        <source>Lengste opphold uten direkte (dager)</source>
        <translation>Lengste opphald utan direkte (dagar)</translation>
    </message>
    <message>
        <source>Uker uten kontakt</source>
        <translation>Veker utan kontakt</translation>
    </message>
    <message>
        <source>Av dem sommeruker (26–33)</source>
        <translation>Av dei sommarveker (26–33)</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Nådd</source>
        <translation>Nådd</translation>
    </message>
</context>
<context>
    <name>ReturnReasonDialog</name>
    <message>
        <source>Returner måned</source>
        <translation>Returner månad</translation>
    </message>
    <message>
        <source>Returner</source>
        <translation>Returner</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Terapeutkode</source>
        <translation>Terapeutkode</translation>
    </message>
    <message>
        <source>Kommunenr</source>
        <translation>Kommunenr.</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <source>Profesjon</source>
        <translation>Profesjon</translation>
    </message>
    <message>
        <source>Måneder</source>
        <translation>Månader</translation>
    </message>
</context>
<context>
    <name>TimerStopDialog</name>
    <message>
        <source>Tidtakeren for {code} ble startet {date} kl. {time} og har gått i {hours} timer. Når stoppet du?</source>
        <translation>Tidtakaren for {code} vart starta {date} kl. {time} og har gått i {hours} timar. Når stoppa du?</translation>
    </message>
    <message>
        <source>Stopptiden må være etter at tidtakeren ble startet.</source>
        <translation>Stopptida må vere etter at tidtakaren vart starta.</translation>
    </message>
    <message>
        <source>Delingstidspunktet må ligge mellom start og stopp.</source>
        <translation>Delingstidspunktet må liggje mellom start og stopp.</translation>
    </message>
    <message>
        <source>En registrering kan være høyst 12 timer og må ligge innenfor én dag; velg en tidligere stopptid eller del den.</source>
        <translation>Ei registrering kan vere høgst 12 timar og må liggje innanfor éin dag; vel ei tidlegare stopptid eller del henne.</translation>
    </message>
    <message>
        <source>Glemt tidtaker?</source>
        <translation>Gløymd tidtakar?</translation>
    </message>
    <message>
        <source>Spørsmål</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <source>&amp;Stoppet</source>
        <translation>&amp;Stoppa</translation>
    </message>
    <message>
        <source>Stoppet</source>
        <translation>Stoppa</translation>
    </message>
    <message>
        <source>dd.MM.yyyy HH:mm</source>
        <translation>dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <source>Del i to registreringer</source>
        <translation>Del i to registreringar</translation>
    </message>
    <message>
        <source>&amp;Del i to: første del lagres nå, resten går til skjemaet</source>
        <translation>&amp;Del i to: første delen blir lagra no, resten går til skjemaet</translation>
    </message>
    <message>
        <source>Del &amp;ved</source>
        <translation>Del &amp;ved</translation>
    </message>
    <message>
        <source>Del ved</source>
        <translation>Del ved</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>godtatt</source>
        <translation>godteken</translation>
    </message>
    <message>
        <source>duplikat</source>
        <translation>duplikat</translation>
    </message>
    <message>
        <source>erstattet</source>
        <translation>erstatta</translation>
    </message>
    <message>
        <source>konflikt</source>
        <translation>konflikt</translation>
    </message>
    <message>
        <source>avvist</source>
        <translation>avvist</translation>
    </message>
    <message>
        <source>returnert</source>
        <translation>returnert</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Terapeut</source>
        <translation>Terapeut</translation>
    </message>
    <message>
        <source>Måned</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Årsak</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Hvorfor</source>
        <translation>Kvifor</translation>
    </message>
</context>
<context>
    <name>WorkbenchWindow</name>
    <message>
        <source>Datasett for analyse:</source>
        <translation>Datasett for analyse:</translation>
    </message>
    <message>
        <source>Skriv også de godtatte radene som Parquet-filer (DuckDB, pandas, R) i en mappe.</source>
        <translation>Skriv også dei godtekne radene som Parquet-filer (DuckDB, pandas, R) i ei mappe.</translation>
    </message>
    <message>
        <source>Mappe for datasettet</source>
        <translation>Mappe for datasettet</translation>
    </message>
    <message>
        <source>Velg mappe …</source>
        <translation>Vel mappe …</translation>
    </message>
    <message>
        <source>Velg mappe for datasettet</source>
        <translation>Vel mappe for datasettet</translation>
    </message>
    <message>
        <source>Velg eller opprett en samling</source>
        <translation>Vel eller opprett ei samling</translation>
    </message>
    <message>
        <source>Samlinger (*.sqlite3);;Alle filer (*)</source>
        <translation>Samlingar (*.sqlite3);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Lagre sammendraget som</source>
        <translation>Lagre samandraget som</translation>
    </message>
    <message>
        <source>Excel-arbeidsbøker (*.xlsx)</source>
        <translation>Excel-arbeidsbøker (*.xlsx)</translation>
    </message>
    <message>
        <source>Velg takstfil</source>
        <translation>Vel takstfil</translation>
    </message>
    <message>
        <source>Takstmodeller (*.toml);;Alle filer (*)</source>
        <translation>Takstmodellar (*.toml);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Legg til en mappe med filer</source>
        <translation>Legg til ei mappe med filer</translation>
    </message>
    <message>
        <source>Legg til filer</source>
        <translation>Legg til filer</translation>
    </message>
    <message>
        <source>Månedsfiler og pilotfiler (*.xlsx *.toml);;Alle filer (*)</source>
        <translation>Månadsfiler og pilotfiler (*.xlsx *.toml);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Legg til minst én mappe eller fil som skal samles.</source>
        <translation>Legg til minst éi mappe eller fil som skal samlast.</translation>
    </message>
    <message>
        <source>Velg eller opprett en samlingsfil først.</source>
        <translation>Vel eller opprett ei samlingsfil først.</translation>
    </message>
    <message>
        <source>{path} er en mappe; velg en fil for samlingen.</source>
        <translation>{path} er ei mappe; vel ei fil for samlinga.</translation>
    </message>
    <message>
        <source>Mappen {path} for samlingen finnes ikke.</source>
        <translation>Mappa {path} for samlinga finst ikkje.</translation>
    </message>
    <message>
        <source>Velg hvor sammendraget skal lagres.</source>
        <translation>Vel kvar samandraget skal lagrast.</translation>
    </message>
    <message>
        <source>Sammendraget må være en .xlsx-fil, ikke {name}.</source>
        <translation>Samandraget må vere ei .xlsx-fil, ikkje {name}.</translation>
    </message>
    <message>
        <source>Mappen {path} for sammendraget finnes ikke.</source>
        <translation>Mappa {path} for samandraget finst ikkje.</translation>
    </message>
    <message>
        <source>Sammendraget og samlingen kan ikke være samme fil.</source>
        <translation>Samandraget og samlinga kan ikkje vere same fila.</translation>
    </message>
    <message>
        <source>Velg en mappe for datasettet, eller slå det av.</source>
        <translation>Vel ei mappe for datasettet, eller slå det av.</translation>
    </message>
    <message>
        <source>{path} er en fil; velg en mappe for datasettet.</source>
        <translation>{path} er ei fil; vel ei mappe for datasettet.</translation>
    </message>
    <message>
        <source>Finner filene …</source>
        <translation>Finn filene …</translation>
    </message>
    <message>
        <source>Avbryter etter filen som leses nå …</source>
        <translation>Avbryt etter fila som blir lesen no …</translation>
    </message>
    <message>
        <source>%v av %m filer</source>
        <translation>%v av %m filer</translation>
    </message>
    <message>
        <source>Leser {name} …</source>
        <translation>Les {name} …</translation>
    </message>
    <message>
        <source>Skriver sammendraget…</source>
        <translation>Skriv samandraget…</translation>
    </message>
    <message>
        <source>1 godtatt innlevering</source>
        <translation>1 godteken innlevering</translation>
    </message>
    <message>
        <source>{count} godtatte innleveringer</source>
        <translation>{count} godtekne innleveringar</translation>
    </message>
    <message>
        <source>Sammendraget er skrevet til {path}: {accepted}, {minutes} minutter ({hours} timer).</source>
        <translation>Samandraget er skrive til {path}: {accepted}, {minutes} minutt ({hours} timar).</translation>
    </message>
    <message>
        <source>Radene ligger i {files} ved siden av den.</source>
        <translation>Radene ligg i {files} ved sida av det.</translation>
    </message>
    <message>
        <source>{count} kvitteringer er skrevet til {path}.</source>
        <translation>{count} kvitteringar er skrivne til {path}.</translation>
    </message>
    <message>
        <source>Avbrutt: samlingen er som før, og sammendraget er ikke skrevet.</source>
        <translation>Avbrote: samlinga er som før, og samandraget er ikkje skrive.</translation>
    </message>
    <message>
        <source>{files} filer i samlingen: {counts}</source>
        <translation>{files} filer i samlinga: {counts}</translation>
    </message>
    <message>
        <source>Mangler ({count})</source>
        <translation>Manglar ({count})</translation>
    </message>
    <message>
        <source>Terapeuter på pilotens liste uten godtatt innlevering for måneden, til og med den nyeste måneden i samlingen.</source>
        <translation>Terapeutar på lista til piloten utan godteken innlevering for månaden, til og med den nyaste månaden i samlinga.</translation>
    </message>
    <message>
        <source>Alle terapeuter på pilotens liste har levert hver måned til og med den nyeste måneden i samlingen.</source>
        <translation>Alle terapeutane på lista til piloten har levert kvar månad til og med den nyaste månaden i samlinga.</translation>
    </message>
    <message>
        <source>Listen over manglende leveringer trenger pilotfilen (pilot.toml med terapeutlisten) blant filene som samles.</source>
        <translation>Lista over manglande leveringar treng pilotfila (pilot.toml med terapeutlista) mellom filene som blir samla.</translation>
    </message>
    <message>
        <source>Alle ({count})</source>
        <translation>Alle ({count})</translation>
    </message>
    <message>
        <source>Lag rapp&amp;ort (PDF) …</source>
        <translation>Lag rapp&amp;ort (PDF) …</translation>
    </message>
    <message>
        <source>En rapport til kommunestyret med tall per kommune fra samlingen; små tall skjules med pilotens terskel.</source>
        <translation>Ein rapport til kommunestyret med tal per kommune frå samlinga; små tal blir skjulte med terskelen til piloten.</translation>
    </message>
    <message>
        <source>Lagre rapporten som</source>
        <translation>Lagre rapporten som</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Samlingen finnes ikke ennå; trykk Samle først.</source>
        <translation>Samlinga finst ikkje enno; trykk Samle først.</translation>
    </message>
    <message>
        <source>Rapporten ({pages} sider) er skrevet til {path}.</source>
        <translation>Rapporten ({pages} sider) er skriven til {path}.</translation>
    </message>
    <message>
        <source>Sammendraget finnes ikke ennå; trykk Samle først.</source>
        <translation>Samandraget finst ikkje enno; trykk Samle først.</translation>
    </message>
    <message>
        <source>Fant ikke noe program som kan åpne {path}; åpne filen fra mappen.</source>
        <translation>Fann ikkje noko program som kan opne {path}; opne fila frå mappa.</translation>
    </message>
    <message>
        <source>Arbeidsbenk for pilotleder</source>
        <translation>Arbeidsbenk for pilotleiar</translation>
    </message>
    <message>
        <source>Samle innleverte månedsfiler i en samling, se hva som ble godtatt og hvorfor, og skriv sammendraget. Samme fil kan legges til flere ganger; samlingen endres bare av nye filer.</source>
        <translation>Samle innleverte månadsfiler i ei samling, sjå kva som vart godteke og kvifor, og skriv samandraget. Same fila kan leggjast til fleire gonger; samlinga blir berre endra av nye filer.</translation>
    </message>
    <message>
        <source>Samling og sammendrag</source>
        <translation>Samling og samandrag</translation>
    </message>
    <message>
        <source>Samlings&amp;fil:</source>
        <translation>Samlings&amp;fil:</translation>
    </message>
    <message>
        <source>Samlingsfil</source>
        <translation>Samlingsfil</translation>
    </message>
    <message>
        <source>samlingen (.sqlite3) – en ny lages om filen ikke finnes</source>
        <translation>samlinga (.sqlite3) – ei ny blir laga om fila ikkje finst</translation>
    </message>
    <message>
        <source>Velg samlingsfil</source>
        <translation>Vel samlingsfil</translation>
    </message>
    <message>
        <source>&amp;Velg …</source>
        <translation>&amp;Vel …</translation>
    </message>
    <message>
        <source>Sammen&amp;drag:</source>
        <translation>Saman&amp;drag:</translation>
    </message>
    <message>
        <source>Sammendrag</source>
        <translation>Samandrag</translation>
    </message>
    <message>
        <source>arbeidsboken som skrives (.xlsx), som standard ved siden av samlingen</source>
        <translation>arbeidsboka som blir skriven (.xlsx), som standard ved sida av samlinga</translation>
    </message>
    <message>
        <source>Velg sammendrag</source>
        <translation>Vel samandrag</translation>
    </message>
    <message>
        <source>V&amp;elg …</source>
        <translation>V&amp;el …</translation>
    </message>
    <message>
        <source>Takstfil:</source>
        <translation>Takstfil:</translation>
    </message>
    <message>
        <source>Takstfil</source>
        <translation>Takstfil</translation>
    </message>
    <message>
        <source>ingen (valgfri: takstmodeller å sammenligne)</source>
        <translation>inga (valfri: takstmodellar å samanlikne)</translation>
    </message>
    <message>
        <source>Velg &amp;takstfil …</source>
        <translation>Vel &amp;takstfil …</translation>
    </message>
    <message>
        <source>Fjern takstfilen</source>
        <translation>Fjern takstfila</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Filer og mapper som skal samles</source>
        <translation>Filer og mapper som skal samlast</translation>
    </message>
    <message>
        <source>Legg til &amp;mappe …</source>
        <translation>Legg til &amp;mappe …</translation>
    </message>
    <message>
        <source>Legg til fi&amp;ler …</source>
        <translation>Legg til fi&amp;ler …</translation>
    </message>
    <message>
        <source>Å&amp;pne sammendraget</source>
        <translation>O&amp;pne samandraget</translation>
    </message>
    <message>
        <source>V&amp;is:</source>
        <translation>V&amp;is:</translation>
    </message>
    <message>
        <source>Fjern valgte filer og mapper</source>
        <translation>Fjern valde filer og mapper</translation>
    </message>
    <message>
        <source>Fje&amp;rn fra listen</source>
        <translation>Fje&amp;rn frå lista</translation>
    </message>
    <message>
        <source>Ligger pilotfilen (pilot.toml) blant filene, sjekkes hver innlevering mot terapeutlisten, og listen over manglende leveringer lages.</source>
        <translation>Ligg pilotfila (pilot.toml) mellom filene, blir kvar innlevering sjekka mot terapeutlista, og lista over manglande leveringar blir laga.</translation>
    </message>
    <message>
        <source>&amp;Samle</source>
        <translation>&amp;Samle</translation>
    </message>
    <message>
        <source>Fremdrift</source>
        <translation>Framdrift</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Fil for fil</source>
        <translation>Fil for fil</translation>
    </message>
    <message>
        <source>Antall per status</source>
        <translation>Tal per status</translation>
    </message>
    <message>
        <source>Ingen filer er samlet ennå.</source>
        <translation>Ingen filer er samla enno.</translation>
    </message>
    <message>
        <source>Vis filer med status</source>
        <translation>Vis filer med status</translation>
    </message>
    <message>
        <source>Filene i samlingen</source>
        <translation>Filene i samlinga</translation>
    </message>
    <message>
        <source>Mangler</source>
        <translation>Manglar</translation>
    </message>
    <message>
        <source>Om manglende leveringer</source>
        <translation>Om manglande leveringar</translation>
    </message>
    <message>
        <source>Manglende leveringer</source>
        <translation>Manglande leveringar</translation>
    </message>
</context>
<context>
    <name>absence</name>
    <message>
        <source>ferie</source>
        <translation>ferie</translation>
    </message>
    <message>
        <source>sykdom</source>
        <translation>sjukdom</translation>
    </message>
    <message>
        <source>kurs</source>
        <translation>kurs</translation>
    </message>
    <message>
        <source>fravær</source>
        <translation>fråvær</translation>
    </message>
</context>
<context>
    <name>aggregate</name>
    <message>
        <source>{path} er ikke en samlingsfil fra rehablogg ({detail}).</source>
        <translation>{path} er ikkje ei samlingsfil frå rehablogg ({detail}).</translation>
    </message>
    <message>
        <source>Samlingsfilen {path} er i bruk av en annen samling eller et annet program (ventet 5 sekunder); vent til den er ferdig og prøv igjen.</source>
        <translation>Samlingsfila {path} er i bruk av ei anna samling eller eit anna program (venta 5 sekund); vent til det er ferdig, og prøv igjen.</translation>
    </message>
    <message>
        <source>{path} er ikke en vanlig fil, men {what}; oppgi en samlingsfil (.sqlite3).</source>
        <translation>{path} er ikkje ei vanleg fil, men {what}; vel ei samlingsfil (.sqlite3).</translation>
    </message>
    <message>
        <source>Samlingsfilen {path} kan ikke brukes ({detail}).</source>
        <translation>Samlingsfila {path} kan ikkje brukast ({detail}).</translation>
    </message>
    <message>
        <source>{path} er laget av en nyere rehablogg (samlingsversjon {version}); oppdater.</source>
        <translation>{path} er laga av ein nyare rehablogg (samlingsversjon {version}); oppdater.</translation>
    </message>
    <message>
        <source>Listen over manglende leveringer trenger pilotfilen (pilot.toml med terapeutlisten) blant filene som samles.</source>
        <translation>Lista over manglande leveringar treng pilotfila (pilot.toml med terapeutlista) mellom filene som blir samla.</translation>
    </message>
    <message>
        <source>ikke levert</source>
        <translation>ikkje levert</translation>
    </message>
    <message>
        <source>konflikt mellom innleveringer</source>
        <translation>konflikt mellom innleveringar</translation>
    </message>
    <message>
        <source>korreksjon mangler: {missing} (tallene er fra den nyeste, {id})</source>
        <translation>korreksjon manglar: {missing} (tala er frå den nyaste, {id})</translation>
    </message>
    <message>
        <source>Hver bruker telles én gang: i kommunen der mest av tiden med brukeren er ført, i aldersgruppen og tjenesten fra den nyeste registreringen, med alle sine minutter.</source>
        <translation>Kvar brukar blir talt éin gong: i kommunen der mest av tida med brukaren er ført, i aldersgruppa og tenesta frå den nyaste registreringa, med alle minutta sine.</translation>
    </message>
    <message>
        <source>{rows} rader er for mange for et regneark; de ligger i {file} ved siden av denne arbeidsboken.</source>
        <translation>{rows} rader er for mange for eit rekneark; dei ligg i {file} ved sida av denne arbeidsboka.</translation>
    </message>
    <message>
        <source>Filen er på {size} MB, mer enn grensen på {limit} MB for en månedsfil; den er ikke åpnet.</source>
        <translation>Fila er på {size} MB, meir enn grensa på {limit} MB for ei månadsfil; ho er ikkje opna.</translation>
    </message>
    <message>
        <source>Filen ville pakke seg ut til {size} MB (forhold 1:{ratio}), som er mistenkelig mye for en månedsfil; den er ikke åpnet.</source>
        <translation>Fila ville pakke seg ut til {size} MB (forhold 1:{ratio}), som er mistenkeleg mykje for ei månadsfil; ho er ikkje opna.</translation>
    </message>
    <message>
        <source>Kontrollen av filen stoppet brått (prosessen som leste den, døde), så filen er ikke tatt med; kjør igjen, og meld fra om filen hvis det skjer igjen.</source>
        <translation>Kontrollen av fila stoppa brått (prosessen som las henne, døydde), så fila er ikkje teken med; køyr igjen, og meld frå om fila dersom det skjer igjen.</translation>
    </message>
    <message>
        <source>Kontrollen av filen tok mer enn {seconds} sekunder og ble stoppet, så filen er ikke tatt med; be om en ny eksport av måneden.</source>
        <translation>Kontrollen av fila tok meir enn {seconds} sekund og vart stoppa, så fila er ikkje teken med; be om ein ny eksport av månaden.</translation>
    </message>
    <message>
        <source>Kontrollen av filen feilet uventet ({error}), så filen er ikke tatt med; meld fra om feilen.</source>
        <translation>Kontrollen av fila feila uventa ({error}), så fila er ikkje teken med; meld frå om feilen.</translation>
    </message>
    <message>
        <source>Filen er ikke en innlevering (innlevering = nei); bare innleverte måneder (eksport med --submit) tas med.</source>
        <translation>Fila er ikkje ei innlevering (innlevering = nei); berre innleverte månader (eksport med --submit) blir tekne med.</translation>
    </message>
    <message>
        <source>Filen hører til piloten «{found}», ikke til «{expected}».</source>
        <translation>Fila høyrer til piloten «{found}», ikkje til «{expected}».</translation>
    </message>
    <message>
        <source>Filen hører ikke til noen pilot; denne samlingen gjelder «{expected}».</source>
        <translation>Fila høyrer ikkje til nokon pilot; denne samlinga gjeld «{expected}».</translation>
    </message>
    <message>
        <source>Terapeutkoden «{therapist}» står ikke på pilotens liste over terapeuter.</source>
        <translation>Terapeutkoden «{therapist}» står ikkje på lista over terapeutar i piloten.</translation>
    </message>
    <message>
        <source>Terapeut {therapist} står med kommunenummer {expected} på pilotens liste, men filen har {found}.</source>
        <translation>Terapeut {therapist} står med kommunenummer {expected} på lista til piloten, men fila har {found}.</translation>
    </message>
    <message>
        <source>Måneden {month} ligger utenfor {therapist}s periode i piloten ({first}–{last}).</source>
        <translation>Månaden {month} ligg utanfor perioden til {therapist} i piloten ({first}–{last}).</translation>
    </message>
    <message>
        <source>Filen bruker kodeverket {found}, men piloten bruker {expected}.</source>
        <translation>Fila bruker kodeverket {found}, men piloten bruker {expected}.</translation>
    </message>
    <message>
        <source>{done}/{total} filer …</source>
        <translation>{done}/{total} filer …</translation>
    </message>
    <message>
        <source>Dette er {what}; bare vanlige filer tas med.</source>
        <translation>Dette er {what}; berre vanlege filer blir tekne med.</translation>
    </message>
    <message>
        <source>Filen kan ikke leses ({reason}); sjekk at den finnes og at du har lesetilgang, og kjør igjen.</source>
        <translation>Fila kan ikkje lesast ({reason}); sjekk at ho finst og at du har lesetilgang, og køyr igjen.</translation>
    </message>
    <message>
        <source>Filen ble endret mens den ble lest; prøv igjen når den er ferdig skrevet eller kopiert.</source>
        <translation>Fila vart endra medan ho vart lesen; prøv igjen når ho er ferdig skriven eller kopiert.</translation>
    </message>
    <message>
        <source>Mappen kan ikke leses ({reason}), så filene i den er ikke tatt med; gi lesetilgang og kjør igjen.</source>
        <translation>Mappa kan ikkje lesast ({reason}), så filene i henne er ikkje tekne med; gi lesetilgang og køyr igjen.</translation>
    </message>
    <message>
        <source>Fant flere pilotfiler ({files}); gi bare den som gjelder denne samlingen.</source>
        <translation>Fann fleire pilotfiler ({files}); gi berre den som gjeld denne samlinga.</translation>
    </message>
    <message>
        <source>Fant ingen filer å samle i {inputs}.</source>
        <translation>Fann ingen filer å samle i {inputs}.</translation>
    </message>
    <message>
        <source>{path} finnes ikke.</source>
        <translation>{path} finst ikkje.</translation>
    </message>
    <message>
        <source>En måned kan bare returneres i en samling som tas vare på; oppgi samlingsfilen med --collection.</source>
        <translation>Ein månad kan berre returnerast i ei samling som blir teken vare på; oppgi samlingsfila med --collection.</translation>
    </message>
    <message>
        <source>Samme innlevering (eksport_id {id}) som {path}.</source>
        <translation>Same innlevering (eksport_id {id}) som {path}.</translation>
    </message>
    <message>
        <source>Erstattet av korreksjonen {id} ({path}).</source>
        <translation>Erstatta av korreksjonen {id} ({path}).</translation>
    </message>
    <message>
        <source>{therapist} {month} har flere innleveringer som ikke er korreksjoner av hverandre ({ids}); ingen av dem er tatt med før terapeuten sender en korreksjon.</source>
        <translation>{therapist} {month} har fleire innleveringar som ikkje er korreksjonar av kvarandre ({ids}); ingen av dei er tekne med før terapeuten sender ein korreksjon.</translation>
    </message>
    <message>
        <source>Tatt med som den nyeste korreksjonen for {therapist} {month}, men korreksjonskjeden mangler {missing}; be terapeuten sende den filen også (tallene endres ikke av den).</source>
        <translation>Teken med som den nyaste korreksjonen for {therapist} {month}, men korreksjonskjeda manglar {missing}; be terapeuten sende den fila også (tala blir ikkje endra av henne).</translation>
    </message>
    <message>
        <source>Erstattet av den nyere korreksjonen {id} ({path}); korreksjonskjeden mellom dem mangler {missing}.</source>
        <translation>Erstatta av den nyare korreksjonen {id} ({path}); korreksjonskjeda mellom dei manglar {missing}.</translation>
    </message>
    <message>
        <source>Korreksjonskjeden mangler {missing}.</source>
        <translation>Korreksjonskjeda manglar {missing}.</translation>
    </message>
    <message>
        <source>eksport_id {id}</source>
        <translation>eksport_id {id}</translation>
    </message>
    <message>
        <source>Tall under {threshold} er skjult (:): antall personer fra 1 til {largest} vises ikke, og flere celler er skjult slik at ingen skjult verdi kan regnes ut eller snevres for mye inn fra summene. Minuttene til en skjult gruppe er skjult med den.</source>
        <translation>Tal under {threshold} er skjulte (:): tal på personar frå 1 til {largest} blir ikkje viste, og fleire celler er skjulte slik at ingen skjult verdi kan reknast ut eller snevrast for mykje inn frå summane. Minutta til ei skjult gruppe er skjulte saman med henne.</translation>
    </message>
    <message>
        <source>Tall under 2 er skjult (:): antall på 1 person vises ikke, og flere celler er skjult slik at ingen skjult verdi kan regnes ut eller snevres for mye inn fra summene. Minuttene til en skjult gruppe er skjult med den.</source>
        <translation>Tal under 2 er skjulte (:): eit tal på 1 person blir ikkje vist, og fleire celler er skjulte slik at ingen skjult verdi kan reknast ut eller snevrast for mykje inn frå summane. Minutta til ei skjult gruppe er skjulte saman med henne.</translation>
    </message>
    <message>
        <source>Rapporten kan ikke lages: samlingen har ingen godtatte innleveringer; samle filer først.</source>
        <translation>Rapporten kan ikkje lagast: samlinga har ingen godtekne innleveringar; samle filer først.</translation>
    </message>
    <message>
        <source>{path} er en fil, ikke en mappe; oppgi en mappe for datasettet.</source>
        <translation>{path} er ei fil, ikkje ei mappe; oppgi ei mappe for datasettet.</translation>
    </message>
    <message>
        <source>Mappen {path} finnes ikke; opprett den eller velg en annen mappe for datasettet.</source>
        <translation>Mappa {path} finst ikkje; opprett henne eller vel ei anna mappe for datasettet.</translation>
    </message>
    <message>
        <source>Det kan ikke skrives i datasettmappen {path} ({detail}); velg en mappe du kan skrive i.</source>
        <translation>Det går ikkje an å skrive i datasettmappa {path} ({detail}); vel ei mappe du kan skrive i.</translation>
    </message>
    <message>
        <source>Datasettet i {path} kunne ikke skrives ferdig ({detail}); hver måned i det er hel, men ikke alle er oppdatert: kjør igjen når feilen er rettet.</source>
        <translation>Datasettet i {path} kunne ikkje skrivast ferdig ({detail}); kvar månad i det er heil, men ikkje alle er oppdaterte: køyr igjen når feilen er retta.</translation>
    </message>
    <message>
        <source>{path} er en fil; velg en mappe for kvitteringene.</source>
        <translation>{path} er ei fil; vel ei mappe for kvitteringane.</translation>
    </message>
    <message>
        <source>Mappen {path} for kvitteringene finnes ikke; opprett den eller velg en annen.</source>
        <translation>Mappa {path} for kvitteringane finst ikkje; opprett henne eller vel ei anna.</translation>
    </message>
    <message>
        <source>Samlingen har ingen innlevering med eksport_id {id}, så ingenting er returnert; finn eksport_id i arket Innsendinger og prøv igjen.</source>
        <translation>Samlinga har inga innlevering med eksport_id {id}, så ingenting er returnert; finn eksport_id i arket Innsendinger og prøv igjen.</translation>
    </message>
    <message>
        <source>Innleveringen {id} er allerede erstattet av en nyere korreksjon, så ingenting er returnert; returner den nyeste innleveringen for måneden.</source>
        <translation>Innleveringa {id} er alt erstatta av ein nyare korreksjon, så ingenting er returnert; returner den nyaste innleveringa for månaden.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>synkronisert skymappe</source>
        <translation>synkronisert skymappe</translation>
    </message>
    <message>
        <source>nettverksmappe</source>
        <translation>nettverksmappe</translation>
    </message>
    <message>
        <source>Datamappen {folder} kan ikke lages eller brukes ({reason}).</source>
        <translation>Datamappa {folder} kan ikkje lagast eller brukast ({reason}).</translation>
    </message>
    <message>
        <source>databasen</source>
        <translation>databasen</translation>
    </message>
    <message>
        <source>Databasen i {folder} er skadet, og rehablogg endrer den ikke. Ingen god sikkerhetskopi ble funnet.</source>
        <translation>Databasen i {folder} er skadd, og rehablogg endrar han ikkje. Ingen god tryggingskopi vart funnen.</translation>
    </message>
    <message>
        <source>Databasen i {folder} er skadet, og rehablogg endrer den ikke. Start appen for å gjenopprette en sikkerhetskopi.</source>
        <translation>Databasen i {folder} er skadd, og rehablogg endrar han ikkje. Start appen for å gjenopprette ein tryggingskopi.</translation>
    </message>
    <message>
        <source>Skadet database</source>
        <translation>Skadd database</translation>
    </message>
    <message>
        <source>Databasen i {folder} er skadet, og rehablogg endrer den ikke. Vil du gjenopprette sikkerhetskopien fra {taken} (registreringer: {entries})? Den skadde filen flyttes urørt, med -wal- og -shm-filene sine, til en egen mappe under {backups}.</source>
        <translation>Databasen i {folder} er skadd, og rehablogg endrar han ikkje. Vil du gjenopprette tryggingskopien frå {taken} (registreringar: {entries})? Den skadde fila blir flytta urørd, med -wal- og -shm-filene sine, til ei eiga mappe under {backups}.</translation>
    </message>
    <message>
        <source>Gjenopprett</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <source>Avslutt</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <source>Sikkerhetskopien kunne ikke gjenopprettes ({reason}); ingenting er slettet.</source>
        <translation>Tryggingskopien kunne ikkje gjenopprettast ({reason}); ingenting er sletta.</translation>
    </message>
    <message>
        <source>rehablogg stoppet uventet sist</source>
        <translation>rehablogg stoppa uventa sist</translation>
    </message>
    <message>
        <source>rehablogg stoppet uventet forrige gang. Detaljene under er også lagret i loggmappen; send dem gjerne til den som drifter appen.</source>
        <translation>rehablogg stoppa uventa førre gong. Detaljane under er også lagra i loggmappa; send dei gjerne til den som driftar appen.</translation>
    </message>
    <message>
        <source>Usikker datamappe</source>
        <translation>Usikker datamappe</translation>
    </message>
    <message>
        <source>Datamappen {folder} ligger i en {risk}. SQLite kan miste data der; flytt den til en lokal mappe (bruk --data-dir).</source>
        <translation>Datamappa {folder} ligg i ei {risk}. SQLite kan miste data der; flytt henne til ei lokal mappe (bruk --data-dir).</translation>
    </message>
    <message>
        <source>Dagens sikkerhetskopi kunne ikke tas; se loggen.</source>
        <translation>Dagens tryggingskopi kunne ikkje takast; sjå loggen.</translation>
    </message>
    <message>
        <source>Uventet feil</source>
        <translation>Uventa feil</translation>
    </message>
    <message>
        <source>Det skjedde en uventet feil. Det som er lagret, er trygt; sjekk den siste registreringen. Detaljene er lagret i loggen.</source>
        <translation>Det skjedde ein uventa feil. Det som er lagra, er trygt; sjekk den siste registreringa. Detaljane er lagra i loggen.</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>Filen {path} er skadet.</source>
        <translation>Fila {path} er skadd.</translation>
    </message>
    <message>
        <source>Filen {path} er laget av en nyere rehablogg og kan ikke brukes her.</source>
        <translation>Fila {path} er laga av ein nyare rehablogg og kan ikkje brukast her.</translation>
    </message>
    <message>
        <source>Filen {path} er ikke en rehablogg-database.</source>
        <translation>Fila {path} er ikkje ein rehablogg-database.</translation>
    </message>
    <message>
        <source>Filen {path} er ikke en uendret rehablogg-database ({problem}), så den brukes ikke; velg en sikkerhetskopi rehablogg har laget.</source>
        <translation>Fila {path} er ikkje ein uendra rehablogg-database ({problem}), så ho blir ikkje brukt; vel ein tryggingskopi som rehablogg har laga.</translation>
    </message>
    <message>
        <source>Filen {path} er ikke en lesbar rehablogg-database.</source>
        <translation>Fila {path} er ikkje ein lesbar rehablogg-database.</translation>
    </message>
    <message>
        <source>rehablogg er åpen på denne datamappen; lukk appen før du gjenoppretter.</source>
        <translation>rehablogg er open på denne datamappa; lukk appen før du gjenopprettar.</translation>
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
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Bruk</source>
        <translation>Bruk</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>{path} er ikke en vanlig fil; velg kalenderfilen (.ics) du eksporterte.</source>
        <translation>{path} er ikkje ei vanleg fil; vel kalenderfila (.ics) du eksporterte.</translation>
    </message>
    <message>
        <source>Kalenderfilen {path} er større enn {mb} MB; eksporter bare de månedene du vil importere.</source>
        <translation>Kalenderfila {path} er større enn {mb} MB; eksporter berre dei månadene du vil importere.</translation>
    </message>
    <message>
        <source>Kalenderfilen {path} kan ikke leses ({reason}).</source>
        <translation>Kalenderfila {path} kan ikkje lesast ({reason}).</translation>
    </message>
    <message>
        <source>Velg en periode på høyst ett år der fra-datoen kommer før til-datoen.</source>
        <translation>Vel ein periode på høgst eitt år der frå-datoen kjem før til-datoen.</translation>
    </message>
    <message>
        <source>{path} er ikke en iCalendar-fil (.ics); eksporter kalenderen som iCalendar og prøv igjen.</source>
        <translation>{path} er ikkje ei iCalendar-fil (.ics); eksporter kalenderen som iCalendar og prøv igjen.</translation>
    </message>
    <message>
        <source>Kalenderfilen {path} har mer enn {n} avtaler; eksporter bare de månedene du vil importere.</source>
        <translation>Kalenderfila {path} har meir enn {n} avtalar; eksporter berre dei månadene du vil importere.</translation>
    </message>
    <message>
        <source>Kalenderfilen {path} kan ikke leses: den er skadet eller ikke en kalender.</source>
        <translation>Kalenderfila {path} kan ikkje lesast: ho er skadd eller ikkje ein kalender.</translation>
    </message>
    <message>
        <source>Kalenderfilen {path} har en avtale som ikke kan leses: {reason}.</source>
        <translation>Kalenderfila {path} har ein avtale som ikkje kan lesast: {reason}.</translation>
    </message>
</context>
<context>
    <name>care_pathway</name>
    <message>
        <source>Brukeren finnes ikke i brukerregisteret; lukk vinduet og åpne brukeren på nytt.</source>
        <translation>Brukaren finst ikkje i brukarregisteret; lukk vindauget og opne brukaren på nytt.</translation>
    </message>
    <message>
        <source>Forløpet finnes ikke lenger (det kan være slettet i et annet vindu); åpne brukeren på nytt.</source>
        <translation>Forløpet finst ikkje lenger (det kan vere sletta i eit anna vindauge); opne brukaren på nytt.</translation>
    </message>
    <message>
        <source>Behovsvurderingen fra {day} finnes ikke lenger; åpne brukeren på nytt.</source>
        <translation>Behovsvurderinga frå {day} finst ikkje lenger; opne brukaren på nytt.</translation>
    </message>
    <message>
        <source>Det finnes allerede en behovsvurdering datert {day}; endre den i stedet.</source>
        <translation>Det finst alt ei behovsvurdering datert {day}; endra henne i staden.</translation>
    </message>
    <message>
        <source>Henvisningsdatoen kan ikke være etter i dag.</source>
        <translation>Tilvisingsdatoen kan ikkje vere etter i dag.</translation>
    </message>
    <message>
        <source>Velg hvem som henviste brukeren.</source>
        <translation>Vel kven som tilviste brukaren.</translation>
    </message>
    <message>
        <source>Tjenesten kan ikke starte før henvisningsdatoen.</source>
        <translation>Tenesta kan ikkje starte før tilvisingsdatoen.</translation>
    </message>
    <message>
        <source>Sluttdatoen kan ikke være før henvisningen eller oppstarten.</source>
        <translation>Sluttdatoen kan ikkje vere før tilvisinga eller oppstarten.</translation>
    </message>
    <message>
        <source>Datoene i et forløp kan ikke være etter i dag.</source>
        <translation>Datoane i eit forløp kan ikkje vere etter i dag.</translation>
    </message>
    <message>
        <source>Velg hvorfor forløpet ble avsluttet.</source>
        <translation>Vel kvifor forløpet vart avslutta.</translation>
    </message>
    <message>
        <source>En avslutningsårsak krever en sluttdato; fyll inn sluttdatoen eller fjern årsaken.</source>
        <translation>Ei sluttårsak krev ein sluttdato; fyll inn sluttdatoen eller fjern årsaka.</translation>
    </message>
    <message>
        <source>Velg hva slags opphold det er.</source>
        <translation>Vel kva slags opphald det er.</translation>
    </message>
    <message>
        <source>Et opphold fra {start} må ligge innenfor forløpet, fra henvisning til slutt.</source>
        <translation>Eit opphald frå {start} må liggje innanfor forløpet, frå tilvising til slutt.</translation>
    </message>
    <message>
        <source>Oppholdet fra {start} slutter før det begynner.</source>
        <translation>Opphaldet frå {start} sluttar før det byrjar.</translation>
    </message>
    <message>
        <source>Oppholdene fra {first} og {second} overlapper; rett datoene.</source>
        <translation>Opphalda frå {first} og {second} overlappar; rett datoane.</translation>
    </message>
    <message>
        <source>Brukeren har allerede et forløp fra {referral} i samme tidsrom; avslutt det først.</source>
        <translation>Brukaren har alt eit forløp frå {referral} i same tidsrom; avslutt det først.</translation>
    </message>
    <message>
        <source>Vurderingsdatoen kan ikke være etter i dag.</source>
        <translation>Vurderingsdatoen kan ikkje vere etter i dag.</translation>
    </message>
    <message>
        <source>Behovet «{kind}» må være ingen, noe eller mye.</source>
        <translation>Behovet «{kind}» må vere ingen, noko eller mykje.</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <source>{where} gjentar en kode som står lenger opp; hver kode kan bare stå én gang.</source>
        <translation>{where} gjentek ein kode som står lenger oppe; kvar kode kan berre stå éin gong.</translation>
    </message>
    <message>
        <source>kode {code}</source>
        <translation>kode {code}</translation>
    </message>
    <message>
        <source>listen «{table}», nøkkel {key}</source>
        <translation>lista «{table}», nøkkel {key}</translation>
    </message>
    <message>
        <source>{where} kan bare ha små bokstaver a til z, sifre, punktum og bindestrek (for eksempel «rehablogg-standard»), ikke {value}.</source>
        <translation>{where} kan berre ha små bokstavar a til z, siffer, punktum og bindestrek (til dømes «rehablogg-standard»), ikkje {value}.</translation>
    </message>
    <message>
        <source>{where} må være en stor bokstav fulgt av 1 til 5 store bokstaver eller sifre (for eksempel «D01»), ikke {value}.</source>
        <translation>{where} må vere ein stor bokstav følgd av 1 til 5 store bokstavar eller siffer (til dømes «D01»), ikkje {value}.</translation>
    </message>
    <message>
        <source>{where} må begynne med en liten bokstav og bare ha små bokstaver a til z, sifre og understrek, ikke {value}.</source>
        <translation>{where} må byrje med ein liten bokstav og berre ha små bokstavar a til z, siffer og understrek, ikkje {value}.</translation>
    </message>
    <message>
        <source>{where} gjentar en nøkkel som står lenger opp; hver nøkkel kan bare stå én gang.</source>
        <translation>{where} gjentek ein nøkkel som står lenger oppe; kvar nøkkel kan berre stå éin gong.</translation>
    </message>
    <message>
        <source>{where} kan ikke være none i kategorien {category}, fordi direkte og indirekte brukertid alltid gjelder en bruker; bruk required eller optional.</source>
        <translation>{where} kan ikkje vere none i kategorien {category}, fordi direkte og indirekte brukartid alltid gjeld ein brukar; bruk required eller optional.</translation>
    </message>
    <message>
        <source>{where} må være et heltall fra 1 til katalogens versjon {high}, ikke {value}.</source>
        <translation>{where} må vere eit heiltal frå 1 til versjonen til katalogen, {high}, ikkje {value}.</translation>
    </message>
    <message>
        <source>{where} må være en nøkkel fra listen «{table}» i samme fil, eller tom tekst for ingen, ikke {value}.</source>
        <translation>{where} må vere ein nøkkel frå lista «{table}» i same fila, eller tom tekst for ingen, ikkje {value}.</translation>
    </message>
    <message>
        <source>forankring nr. {index}</source>
        <translation>forankring nr. {index}</translation>
    </message>
    <message>
        <source>{where} må være en liste av forankringer, hver en tabell med system og kode, for eksempel [{{ system = &quot;takst&quot;, code = &quot;A1a&quot; }}], eller en tekst som ikke er tom som i versjon 1.</source>
        <translation>{where} må vere ei liste av forankringar, kvar ein tabell med system og kode, til dømes [{{ system = &quot;takst&quot;, code = &quot;A1a&quot; }}], eller ein tekst som ikkje er tom, som i versjon 1.</translation>
    </message>
    <message>
        <source>{where} har {count} forankringer, men høyst {limit} er tillatt.</source>
        <translation>{where} har {count} forankringar, men høgst {limit} er tillatne.</translation>
    </message>
    <message>
        <source>{where} har en forankring (nr. {index}) som er lenger enn {limit} tegn.</source>
        <translation>{where} har ei forankring (nr. {index}) som er lengre enn {limit} teikn.</translation>
    </message>
    <message>
        <source>{where} må være en tekst på én linje med 1 til {limit} tegn, ikke {value}.</source>
        <translation>{where} må vere ein tekst på éi linje med 1 til {limit} teikn, ikkje {value}.</translation>
    </message>
    <message>
        <source>{where} mangler nøkkelen «{missing}»; listen må ha alle disse nøklene: {allowed}.</source>
        <translation>{where} manglar nøkkelen «{missing}»; lista må ha alle desse nøklane: {allowed}.</translation>
    </message>
    <message>
        <source>{where} må ha minst én kode som ikke er utgått i versjon {version}.</source>
        <translation>{where} må ha minst éin kode som ikkje er utgått i versjon {version}.</translation>
    </message>
</context>
<context>
    <name>categories</name>
    <message>
        <source>direkte</source>
        <translation>direkte</translation>
    </message>
    <message>
        <source>indirekte</source>
        <translation>indirekte</translation>
    </message>
    <message>
        <source>annet</source>
        <translation>anna</translation>
    </message>
</context>
<context>
    <name>clients</name>
    <message>
        <source>Brukeren med pseudonymet {pseudonym} finnes allerede i brukerregisteret.</source>
        <translation>Brukaren med pseudonymet {pseudonym} finst alt i brukarregisteret.</translation>
    </message>
    <message>
        <source>Bostedskommunen «{number}» finnes ikke i kommunelisten for 2024; velg en kommune fra listen, eller la feltet stå tomt når brukeren bor i din egen kommune.</source>
        <translation>Bustadkommunen «{number}» finst ikkje i kommunelista for 2024; vel ein kommune frå lista, eller la feltet stå tomt når brukaren bur i din eigen kommune.</translation>
    </message>
    <message>
        <source>Tjenesteformen «{value}» er ukjent; velg egen kommune, interkommunalt samarbeid eller kjøp.</source>
        <translation>Tenesteforma «{value}» er ukjend; vel eigen kommune, interkommunalt samarbeid eller kjøp.</translation>
    </message>
</context>
<context>
    <name>completeness</name>
    <message>
        <source>Måneden har ikke begynt ennå, så den kan ikke leveres inn: {left} av {total} arbeidsdager gjenstår.</source>
        <translation>Månaden har ikkje byrja enno, så han kan ikkje leverast inn: {left} av {total} arbeidsdagar er att.</translation>
    </message>
    <message>
        <source>Perioden har ikke begynt ennå: {left} av {total} arbeidsdager gjenstår.</source>
        <translation>Perioden har ikkje byrja enno: {left} av {total} arbeidsdagar er att.</translation>
    </message>
    <message>
        <source>Måneden er ikke slutt før {last}: {left} av {total} arbeidsdager gjenstår.</source>
        <translation>Månaden er ikkje slutt før {last}: {left} av {total} arbeidsdagar er att.</translation>
    </message>
    <message>
        <source>Perioden er ikke slutt før {last}: {left} av {total} arbeidsdager gjenstår.</source>
        <translation>Perioden er ikkje slutt før {last}: {left} av {total} arbeidsdagar er att.</translation>
    </message>
    <message>
        <source>{day} er en arbeidsdag uten registreringer.</source>
        <translation>{day} er ein arbeidsdag utan registreringar.</translation>
    </message>
    <message>
        <source>Tidtakeren går fortsatt; stopp den og lagre registreringen først.</source>
        <translation>Tidtakaren går framleis; stopp han og lagre registreringa først.</translation>
    </message>
    <message>
        <source>Registreringen {day} ({code}): {problem}</source>
        <translation>Registreringa {day} ({code}): {problem}</translation>
    </message>
    <message>
        <source>{day}: registreringen kl. {start} ({code}) overlapper en annen.</source>
        <translation>{day}: registreringa kl. {start} ({code}) overlappar ei anna.</translation>
    </message>
    <message>
        <source>Registreringen {day} bruker den utgåtte koden {code}.</source>
        <translation>Registreringa {day} bruker den utgåtte koden {code}.</translation>
    </message>
    <message>
        <source>Brukeren {pseudonym} mangler fødselsår (første gang {day}).</source>
        <translation>Brukaren {pseudonym} manglar fødselsår (første gong {day}).</translation>
    </message>
</context>
<context>
    <name>coordination</name>
    <message>
        <source>koordinator</source>
        <translation>koordinator</translation>
    </message>
    <message>
        <source>barnekoordinator</source>
        <translation>barnekoordinator</translation>
    </message>
    <message>
        <source>individuell plan</source>
        <translation>individuell plan</translation>
    </message>
    <message>
        <source>ansvarsgruppe</source>
        <translation>ansvarsgruppe</translation>
    </message>
    <message>
        <source>samhandling med spesialisthelsetjenesten</source>
        <translation>samhandling med spesialisthelsetenesta</translation>
    </message>
</context>
<context>
    <name>durations</name>
    <message>
        <source>«{text}» er ikke en varighet; skriv minutter (90), timer og minutter (1:30) eller timer (1,5t).</source>
        <translation>«{text}» er ikkje ei varigheit; skriv minutt (90), timar og minutt (1:30) eller timar (1,5t).</translation>
    </message>
</context>
<context>
    <name>entry</name>
    <message>
        <source>starttid</source>
        <translation>starttid</translation>
    </message>
    <message>
        <source>arena</source>
        <translation>arena</translation>
    </message>
    <message>
        <source>kontaktform</source>
        <translation>kontaktform</translation>
    </message>
    <message>
        <source>minst én samarbeidspart</source>
        <translation>minst éin samarbeidspart</translation>
    </message>
    <message>
        <source>bruker</source>
        <translation>brukar</translation>
    </message>
    <message>
        <source>Piloten krever {what} på hver registrering; fyll det ut.</source>
        <translation>Piloten krev {what} på kvar registrering; fyll det ut.</translation>
    </message>
    <message>
        <source>Minutter må være mellom {low} og {high} (12 timer).</source>
        <translation>Minutt må vere mellom {low} og {high} (12 timar).</translation>
    </message>
    <message>
        <source>Reiseminutter må være mellom 0 og {high}.</source>
        <translation>Reiseminutt må vere mellom 0 og {high}.</translation>
    </message>
    <message>
        <source>Registreringen går over midnatt; del den i to, én for hver dag.</source>
        <translation>Registreringa går over midnatt; del henne i to, éi for kvar dag.</translation>
    </message>
    <message>
        <source>Datoen er mer enn {days} dager fram i tid; registrer arbeid når det er gjort.</source>
        <translation>Datoen er meir enn {days} dagar fram i tid; registrer arbeid når det er gjort.</translation>
    </message>
    <message>
        <source>Koden «{code}» finnes ikke i kodeverket; velg en kode fra listen.</source>
        <translation>Koden «{code}» finst ikkje i kodeverket; vel ein kode frå lista.</translation>
    </message>
    <message>
        <source>Koden {code} er utgått; velg en gjeldende kode.</source>
        <translation>Koden {code} er utgått; vel ein gjeldande kode.</translation>
    </message>
    <message>
        <source>Koden {code} gjelder en bruker; velg minst én bruker.</source>
        <translation>Koden {code} gjeld ein brukar; vel minst éin brukar.</translation>
    </message>
    <message>
        <source>Koden {code} gjelder ikke en bestemt bruker; fjern brukeren eller velg en annen kode.</source>
        <translation>Koden {code} gjeld ikkje ein bestemd brukar; fjern brukaren eller vel ein annan kode.</translation>
    </message>
    <message>
        <source>Koden {code} gjelder én bruker; velg én bruker eller en gruppekode.</source>
        <translation>Koden {code} gjeld éin brukar; vel éin brukar eller ein gruppekode.</translation>
    </message>
    <message>
        <source>Samme bruker er valgt to ganger.</source>
        <translation>Same brukaren er vald to gonger.</translation>
    </message>
    <message>
        <source>Gruppekoden {code} krever en gruppestørrelse på minst 2.</source>
        <translation>Gruppekoden {code} krev ein gruppestorleik på minst 2.</translation>
    </message>
    <message>
        <source>Gruppestørrelsen ({size}) er mindre enn antall valgte brukere ({n}).</source>
        <translation>Gruppestorleiken ({size}) er mindre enn talet på valde brukarar ({n}).</translation>
    </message>
    <message>
        <source>Gruppestørrelse brukes bare med gruppekoder; la feltet stå tomt.</source>
        <translation>Gruppestorleik blir berre brukt med gruppekodar; la feltet stå tomt.</translation>
    </message>
    <message>
        <source>Kontaktformen «{key}» finnes ikke; velg fra listen.</source>
        <translation>Kontaktforma «{key}» finst ikkje; vel frå lista.</translation>
    </message>
    <message>
        <source>Arenaen «{key}» finnes ikke; velg fra listen.</source>
        <translation>Arenaen «{key}» finst ikkje; vel frå lista.</translation>
    </message>
    <message>
        <source>Samarbeidsparten «{key}» finnes ikke; velg fra listen.</source>
        <translation>Samarbeidsparten «{key}» finst ikkje; vel frå lista.</translation>
    </message>
    <message>
        <source>Registreringen overlapper en annen fra {start} ({minutes} min); lagre likevel hvis det er riktig.</source>
        <translation>Registreringa overlappar ei anna frå {start} ({minutes} min); lagre likevel viss det er rett.</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>Mappen {folder} finnes ikke; opprett den eller velg en annen.</source>
        <translation>Mappa {folder} finst ikkje; opprett henne eller vel ei anna.</translation>
    </message>
    <message>
        <source>Kunne ikke skrive eksporten i {folder}: {reason}.</source>
        <translation>Kunne ikkje skrive eksporten i {folder}: {reason}.</translation>
    </message>
    <message>
        <source>eksporten</source>
        <translation>eksporten</translation>
    </message>
    <message>
        <source>begrunnelsen for en endring</source>
        <translation>grunngivinga for ei endring</translation>
    </message>
    <message>
        <source>En innlevering gjelder alltid en hel måned; velg en måned (--period ÅÅÅÅ-MM).</source>
        <translation>Ei innlevering gjeld alltid ein heil månad; vel ein månad (--period ÅÅÅÅ-MM).</translation>
    </message>
    <message>
        <source>En innlevering er alltid en xlsx-fil; CSV er bare en visning.</source>
        <translation>Ei innlevering er alltid ei xlsx-fil; CSV er berre til å sjå på.</translation>
    </message>
    <message>
        <source>En innlevering krever terapeutkode og kommunenummer i profilen; fyll dem ut først (rehablogg profile set --therapist KODE --municipality NNNN).</source>
        <translation>Ei innlevering krev terapeutkode og kommunenummer i profilen; fyll dei ut først (rehablogg profile set --therapist KODE --municipality NNNN).</translation>
    </message>
    <message>
        <source>Kommunenummeret {number} i profilen finnes ikke i kommunelisten for 2024, så filen ville blitt avvist; velg kommunen på nytt i profilen før du eksporterer.</source>
        <translation>Kommunenummeret {number} i profilen finst ikkje i kommunelista for 2024, så fila ville blitt avvist; vel kommunen på nytt i profilen før du eksporterer.</translation>
    </message>
    <message>
        <source>Måneden {month} har ikke begynt ennå, så den kan ikke leveres inn; eksporter den uten å levere, eller lever den når den er slutt.</source>
        <translation>Månaden {month} har ikkje byrja enno, så han kan ikkje leverast inn; eksporter han utan å levere, eller lever han når han er slutt.</translation>
    </message>
    <message>
        <source>Måneden {month} er ikke slutt før {last} ({left} av {total} arbeidsdager gjenstår); lever den når den er slutt, eller bekreft at den skal leveres nå (--before-month-end).</source>
        <translation>Månaden {month} er ikkje slutt før {last} ({left} av {total} arbeidsdagar er att); lever han når han er slutt, eller stadfest at han skal leverast no (--before-month-end).</translation>
    </message>
    <message>
        <source>Notatet på registreringen {entry} ({code}) ser ut til å inneholde et fødselsnummer eller D-nummer; fjern det fra notatet, eller eksporter uten notater.</source>
        <translation>Notatet på registreringa {entry} ({code}) ser ut til å innehalde eit fødselsnummer eller D-nummer; fjern det frå notatet, eller eksporter utan notat.</translation>
    </message>
    <message>
        <source>Feltet «{field}» ser ut til å inneholde et fødselsnummer eller D-nummer; rett det før du eksporterer.</source>
        <translation>Feltet «{field}» ser ut til å innehalde eit fødselsnummer eller D-nummer; rett det før du eksporterer.</translation>
    </message>
    <message>
        <source>Registreringen {date} har koden «{code}», som ikke finnes i kodeverket {catalogue}; rett koden før du eksporterer.</source>
        <translation>Registreringa {date} har koden «{code}», som ikkje finst i kodeverket {catalogue}; rett koden før du eksporterer.</translation>
    </message>
    <message>
        <source>Registreringen {date} ({code}) har samarbeidsparten «{party}», som ikke finnes i kodeverket {catalogue}; rett registreringen før du eksporterer.</source>
        <translation>Registreringa {date} ({code}) har samarbeidsparten «{party}», som ikkje finst i kodeverket {catalogue}; rett registreringa før du eksporterer.</translation>
    </message>
    <message>
        <source>gyldig</source>
        <translation>gyldig</translation>
    </message>
    <message>
        <source>Filen finnes ikke.</source>
        <translation>Fila finst ikkje.</translation>
    </message>
    <message>
        <source>Dette er en mappe, ikke en fil.</source>
        <translation>Dette er ei mappe, ikkje ei fil.</translation>
    </message>
    <message>
        <source>Filen kan ikke leses: {reason}.</source>
        <translation>Fila kan ikkje lesast: {reason}.</translation>
    </message>
    <message>
        <source>Dette er en CSV-fil, som bare er en visning for mennesker og ikke kan kontrolleres; send xlsx-filen fra rehablogg i stedet.</source>
        <translation>Dette er ei CSV-fil, som berre er til å sjå på for menneske og ikkje kan kontrollerast; send xlsx-fila frå rehablogg i staden.</translation>
    </message>
    <message>
        <source>Dette er en gammel Excel-fil (.xls), ikke en xlsx-arbeidsbok; send xlsx-filen fra rehablogg i stedet.</source>
        <translation>Dette er ei gammal Excel-fil (.xls), ikkje ei xlsx-arbeidsbok; send xlsx-fila frå rehablogg i staden.</translation>
    </message>
    <message>
        <source>Dette er et OpenDocument-regneark (.ods), ikke en xlsx-arbeidsbok; send xlsx-filen fra rehablogg i stedet.</source>
        <translation>Dette er eit OpenDocument-rekneark (.ods), ikkje ei xlsx-arbeidsbok; send xlsx-fila frå rehablogg i staden.</translation>
    </message>
    <message>
        <source>Filen er ikke en xlsx-arbeidsbok.</source>
        <translation>Fila er ikkje ei xlsx-arbeidsbok.</translation>
    </message>
    <message>
        <source>Filen er et zip-arkiv, men ikke en xlsx-arbeidsbok.</source>
        <translation>Fila er eit zip-arkiv, men ikkje ei xlsx-arbeidsbok.</translation>
    </message>
    <message>
        <source>Filen er ufullstendig eller skadet, så den kan ikke leses som xlsx; be om en ny kopi.</source>
        <translation>Fila er ufullstendig eller skadd, så ho kan ikkje lesast som xlsx; be om ein ny kopi.</translation>
    </message>
    <message>
        <source>Arbeidsboken er ikke en eksport fra rehablogg (arket «Metadata» mangler).</source>
        <translation>Arbeidsboka er ikkje ein eksport frå rehablogg (arket «Metadata» manglar).</translation>
    </message>
    <message>
        <source>Arbeidsboken er ikke en eksport fra rehablogg (Metadata, feltet «format» er «{value}», ventet «{expected}»).</source>
        <translation>Arbeidsboka er ikkje ein eksport frå rehablogg (Metadata, feltet «format» er «{value}», venta «{expected}»).</translation>
    </message>
    <message>
        <source>Metadata, feltet «format_versjon»: «{value}» er ikke et versjonsnummer som 1.0.</source>
        <translation>Metadata, feltet «format_versjon»: «{value}» er ikkje eit versjonsnummer som 1.0.</translation>
    </message>
    <message>
        <source>Filen har formatversjon {value}, som denne versjonen av rehablogg ikke kan lese (den leser 1.x); oppdater rehablogg.</source>
        <translation>Fila har formatversjon {value}, som denne versjonen av rehablogg ikkje kan lese (han les 1.x); oppdater rehablogg.</translation>
    </message>
    <message>
        <source>Arket «{sheet}» mangler.</source>
        <translation>Arket «{sheet}» manglar.</translation>
    </message>
    <message>
        <source>Arket «{sheet}» hører ikke til format {version}.</source>
        <translation>Arket «{sheet}» høyrer ikkje til format {version}.</translation>
    </message>
    <message>
        <source>Arkene står i feil rekkefølge: ventet {expected}, fant {found}.</source>
        <translation>Arka står i feil rekkjefølgje: venta {expected}, fann {found}.</translation>
    </message>
    <message>
        <source>{sheet}, kolonne {column}: overskriften er «{found}», ventet «{expected}».</source>
        <translation>{sheet}, kolonne {column}: overskrifta er «{found}», venta «{expected}».</translation>
    </message>
    <message>
        <source>{sheet}, kolonne {column}: kolonnen «{expected}» mangler.</source>
        <translation>{sheet}, kolonne {column}: kolonnen «{expected}» manglar.</translation>
    </message>
    <message>
        <source>{sheet}, kolonne {column}: kolonnen «{found}» hører ikke til format {version}.</source>
        <translation>{sheet}, kolonne {column}: kolonnen «{found}» høyrer ikkje til format {version}.</translation>
    </message>
    <message>
        <source>{sheet}, kolonne {column}: «{found}» er ikke et gyldig navn på en samarbeidspartkolonne.</source>
        <translation>{sheet}, kolonne {column}: «{found}» er ikkje eit gyldig namn på ein samarbeidspartkolonne.</translation>
    </message>
    <message>
        <source>Registreringer: samarbeidspartkolonnene stemmer ikke med kodeverket {catalogue} versjon {version}; ventet {expected}.</source>
        <translation>Registreringer: samarbeidspartkolonnane stemmer ikkje med kodeverket {catalogue} versjon {version}; venta {expected}.</translation>
    </message>
    <message>
        <source>Metadata mangler feltet «{name}».</source>
        <translation>Metadata manglar feltet «{name}».</translation>
    </message>
    <message>
        <source>Metadata, rad {row}: ventet feltet «{expected}», fant «{found}».</source>
        <translation>Metadata, rad {row}: venta feltet «{expected}», fann «{found}».</translation>
    </message>
    <message>
        <source>Metadata, rad {row}: feltet «{found}» hører ikke til format {version}.</source>
        <translation>Metadata, rad {row}: feltet «{found}» høyrer ikkje til format {version}.</translation>
    </message>
    <message>
        <source>Metadata, rad {row}: feltet «{found}» står to ganger.</source>
        <translation>Metadata, rad {row}: feltet «{found}» står to gonger.</translation>
    </message>
    <message>
        <source>Metadata, rad {row}, feltet «{name}»: {problem}.</source>
        <translation>Metadata, rad {row}, feltet «{name}»: {problem}.</translation>
    </message>
    <message>
        <source>Registreringer har {found} rader, men Metadata sier antall_registreringer = {expected}; rader er slettet eller lagt til etter eksport.</source>
        <translation>Arket Registreringer har {found} rader, men Metadata seier antall_registreringer = {expected}; rader er sletta eller lagde til etter eksport.</translation>
    </message>
    <message>
        <source>Sjekksummen stemmer ikke med innholdet: en verdi i Metadata, Registreringer eller Deltakere er endret etter eksport.</source>
        <translation>Sjekksummen stemmer ikkje med innhaldet: ein verdi i Metadata, Registreringer eller Deltakere er endra etter eksport.</translation>
    </message>
    <message>
        <source>Metadata, feltet «ark_sjekksum»: stemmer ikke med arkene etter Metadata; en verdi i {sheets} er endret etter eksport.</source>
        <translation>Metadata, feltet «ark_sjekksum»: stemmer ikkje med arka etter Metadata; ein verdi i {sheets} er endra etter eksport.</translation>
    </message>
    <message>
        <source>Metadata, feltet «eksport_id»: {found} stemmer ikke med terapeut, periode og sjekksum (ventet {expected}).</source>
        <translation>Metadata, feltet «eksport_id»: {found} stemmer ikkje med terapeut, periode og sjekksum (venta {expected}).</translation>
    </message>
    <message>
        <source>{sheet}, rad {row}: raden er tom, men det kommer rader etter den.</source>
        <translation>{sheet}, rad {row}: raden er tom, men det kjem rader etter han.</translation>
    </message>
    <message>
        <source>{sheet}, rad {row}, kolonne {column} ({name}): {problem}.</source>
        <translation>{sheet}, rad {row}, kolonne {column} ({name}): {problem}.</translation>
    </message>
    <message>
        <source>{sheet}, rad {row}: {first} ({first_cell} = {first_value}) og {second} ({second_cell} = {second_value}) stemmer ikke overens; en av dem er endret etter eksport.</source>
        <translation>{sheet}, rad {row}: {first} ({first_cell} = {first_value}) og {second} ({second_cell} = {second_value}) stemmer ikkje overeins; ein av dei er endra etter eksport.</translation>
    </message>
    <message>
        <source>Registreringer, rad {row}: antall_brukere er {expected}, men Deltakere har {found} rader for registreringen.</source>
        <translation>Registreringer, rad {row}: antall_brukere er {expected}, men Deltakere har {found} rader for registreringa.</translation>
    </message>
    <message>
        <source>Koder, rad {row}: {name} for kode {code} er «{found}», men kodeverket {catalogue} versjon {version} sier «{expected}».</source>
        <translation>Koder, rad {row}: {name} for kode {code} er «{found}», men kodeverket {catalogue} versjon {version} seier «{expected}».</translation>
    </message>
    <message>
        <source>Koder, rad {row}: koden «{code}» finnes ikke i kodeverket {catalogue} versjon {version}.</source>
        <translation>Koder, rad {row}: koden «{code}» finst ikkje i kodeverket {catalogue} versjon {version}.</translation>
    </message>
    <message>
        <source>Koder: koden {code} fra kodeverket {catalogue} versjon {version} mangler.</source>
        <translation>Koder: koden {code} frå kodeverket {catalogue} versjon {version} manglar.</translation>
    </message>
    <message>
        <source>Forløp, rad {row}: antall_opphold er {expected}, men Opphold har {found} rader for forløpet.</source>
        <translation>Forløp, rad {row}: antall_opphold er {expected}, men Opphold har {found} rader for forløpet.</translation>
    </message>
    <message>
        <source>Endringer har {count} rader, men filen korrigerer ingen innlevering (korrigerer er tom); bare en korreksjon sier hva som er endret.</source>
        <translation>Arket Endringer har {count} rader, men fila korrigerer inga innlevering (korrigerer er tom); berre ein korreksjon seier kva som er endra.</translation>
    </message>
    <message>
        <source>{first} (og {count} feil til)</source>
        <translation>{first} (og {count} feil til)</translation>
    </message>
    <message>
        <source>{sheet} har {rows} rader, flere enn de {limit} en periode på {days} dager kan ha (høyst {per_day} per dag); filen er ikke lest videre.</source>
        <translation>{sheet} har {rows} rader, fleire enn dei {limit} ein periode på {days} dagar kan ha (høgst {per_day} per dag); fila er ikkje lesen vidare.</translation>
    </message>
    <message>
        <source>{sheet} har {count} kolonner, flere enn de {limit} format 1.x kan ha; filen er ikke lest videre.</source>
        <translation>{sheet} har {count} kolonnar, fleire enn dei {limit} format 1.x kan ha; fila er ikkje lesen vidare.</translation>
    </message>
    <message>
        <source>{sheet}, rad {row}: det står en verdi i kolonne {column}, til høyre for kolonnene arket har overskrifter for.</source>
        <translation>{sheet}, rad {row}: det står ein verdi i kolonne {column}, til høgre for kolonnane arket har overskrifter for.</translation>
    </message>
    <message>
        <source>forventet en tekst</source>
        <translation>venta ein tekst</translation>
    </message>
    <message>
        <source>verdien mangler</source>
        <translation>verdien manglar</translation>
    </message>
    <message>
        <source>forventet et helt tall, fant «{value}»</source>
        <translation>venta eit heiltal, fann «{value}»</translation>
    </message>
    <message>
        <source>{value} er utenfor det tillatte området {low}–{high}</source>
        <translation>{value} er utanfor det tillatne området {low}–{high}</translation>
    </message>
    <message>
        <source>forventet en dato, fant «{value}»</source>
        <translation>venta ein dato, fann «{value}»</translation>
    </message>
    <message>
        <source>{value} er utenfor perioden {start}–{end}</source>
        <translation>{value} er utanfor perioden {start}–{end}</translation>
    </message>
    <message>
        <source>«{value}» er ikke et klokkeslett TT:MM</source>
        <translation>«{value}» er ikkje eit klokkeslett TT:MM</translation>
    </message>
    <message>
        <source>forventet 0 eller 1, fant «{value}»</source>
        <translation>venta 0 eller 1, fann «{value}»</translation>
    </message>
    <message>
        <source>forventet et tall, fant «{value}»</source>
        <translation>venta eit tal, fann «{value}»</translation>
    </message>
    <message>
        <source>registrering_id {value} står også på rad {other}</source>
        <translation>registrering_id {value} står også på rad {other}</translation>
    </message>
    <message>
        <source>registrering_id {value} finnes ikke i Registreringer</source>
        <translation>registrering_id {value} finst ikkje i arket Registreringer</translation>
    </message>
    <message>
        <source>brukeren {value} står to ganger på samme registrering</source>
        <translation>brukaren {value} står to gonger på same registreringa</translation>
    </message>
    <message>
        <source>«{value}» er ikke et pseudonym som K-7Q2M9X</source>
        <translation>«{value}» er ikkje eit pseudonym som K-7Q2M9X</translation>
    </message>
    <message>
        <source>forventet habilitering eller rehabilitering, fant «{value}»</source>
        <translation>venta habilitering eller rehabilitering, fann «{value}»</translation>
    </message>
    <message>
        <source>koden «{value}» finnes ikke i arket Koder</source>
        <translation>koden «{value}» finst ikkje i arket Koder</translation>
    </message>
    <message>
        <source>«{value}» er ikke en kategori (direkte, indirekte eller annet)</source>
        <translation>«{value}» er ikkje ein kategori (direkte, indirekte eller annet)</translation>
    </message>
    <message>
        <source>koden {value} står to ganger</source>
        <translation>koden {value} står to gonger</translation>
    </message>
    <message>
        <source>verdien «{value}» har en type formatet ikke tillater</source>
        <translation>verdien «{value}» har ein type som formatet ikkje tillèt</translation>
    </message>
    <message>
        <source>{value} er før {other} ({earlier})</source>
        <translation>{value} er før {other} ({earlier})</translation>
    </message>
    <message>
        <source>{value} er etter {other} ({later})</source>
        <translation>{value} er etter {other} ({later})</translation>
    </message>
    <message>
        <source>{value} er etter periodens slutt {end}</source>
        <translation>{value} er etter slutten av perioden, {end}</translation>
    </message>
    <message>
        <source>{value} er før periodens start {start}</source>
        <translation>{value} er før starten av perioden, {start}</translation>
    </message>
    <message>
        <source>«{value}» er ikke et kommunenummer i kommunelista for 2024</source>
        <translation>«{value}» er ikkje eit kommunenummer i kommunelista for 2024</translation>
    </message>
    <message>
        <source>«{value}» er ikke en henvisningskilde ({words})</source>
        <translation>«{value}» er ikkje ei tilvisingskjelde ({words})</translation>
    </message>
    <message>
        <source>«{value}» er ikke en sluttårsak ({words})</source>
        <translation>«{value}» er ikkje ei sluttårsak ({words})</translation>
    </message>
    <message>
        <source>«{value}» er ikke en type opphold ({words})</source>
        <translation>«{value}» er ikkje ein type opphald ({words})</translation>
    </message>
    <message>
        <source>forventet ingen, noe eller mye, fant «{value}»</source>
        <translation>venta ingen, noko eller mykje, fann «{value}»</translation>
    </message>
    <message>
        <source>forventet egen, samarbeid eller kjop, fant «{value}»</source>
        <translation>venta egen, samarbeid eller kjop, fann «{value}»</translation>
    </message>
    <message>
        <source>en sluttårsak hører bare til et forløp med sluttdato</source>
        <translation>ei sluttårsak høyrer berre til eit forløp med sluttdato</translation>
    </message>
    <message>
        <source>et forløp med sluttdato må ha en sluttårsak</source>
        <translation>eit forløp med sluttdato må ha ei sluttårsak</translation>
    </message>
    <message>
        <source>forlop_id {value} står også på rad {other}</source>
        <translation>forlop_id {value} står også på rad {other}</translation>
    </message>
    <message>
        <source>forlop_id {value} finnes ikke i arket Forløp</source>
        <translation>forlop_id {value} finst ikkje i arket Forløp</translation>
    </message>
    <message>
        <source>oppholdet {pause} ligger ikke innenfor forløpet {episode}; et opphold begynner tidligst på henvist og slutter senest på sluttdato</source>
        <translation>opphaldet {pause} ligg ikkje innanfor forløpet {episode}; eit opphald byrjar tidlegast på henvist og sluttar seinast på sluttdato</translation>
    </message>
    <message>
        <source>teksten ser ut til å inneholde et fødselsnummer eller D-nummer, som aldri skal stå i en eksport</source>
        <translation>teksten ser ut til å innehalde eit fødselsnummer eller D-nummer, som aldri skal stå i ein eksport</translation>
    </message>
    <message>
        <source>«{value}» er ikke en dato ÅÅÅÅ-MM-DD</source>
        <translation>«{value}» er ikkje ein dato ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>«{value}» er ikke et tidspunkt</source>
        <translation>«{value}» er ikkje eit tidspunkt</translation>
    </message>
    <message>
        <source>perioden slutter før den begynner</source>
        <translation>perioden sluttar før han byrjar</translation>
    </message>
    <message>
        <source>forventet ja eller nei, fant «{value}»</source>
        <translation>venta ja eller nei, fann «{value}»</translation>
    </message>
    <message>
        <source>«{value}» er ikke {length} heksadesimale sifre</source>
        <translation>«{value}» er ikkje {length} heksadesimale siffer</translation>
    </message>
    <message>
        <source>«{value}» er ikke et kommunenummer med fire sifre</source>
        <translation>«{value}» er ikkje eit kommunenummer med fire siffer</translation>
    </message>
    <message>
        <source>en innlevering må ha en verdi her</source>
        <translation>ei innlevering må ha ein verdi her</translation>
    </message>
    <message>
        <source>en innlevering gjelder en hel kalendermåned</source>
        <translation>ei innlevering gjeld ein heil kalendermånad</translation>
    </message>
    <message>
        <source>en innlevering kan ikke gjelde en måned som begynner etter at filen ble laget (opprettet {created})</source>
        <translation>ei innlevering kan ikkje gjelde ein månad som byrjar etter at fila vart laga (oppretta {created})</translation>
    </message>
    <message>
        <source>Filen er på {size} MB, mer enn grensen på {limit} MB; den er ikke åpnet.</source>
        <translation>Fila er på {size} MB, meir enn grensa på {limit} MB; ho er ikkje opna.</translation>
    </message>
    <message>
        <source>Filen er passordbeskyttet (kryptert) og kan ikke kontrolleres; send xlsx-filen fra rehablogg slik den ble eksportert, uten passord.</source>
        <translation>Fila er passordverna (kryptert) og kan ikkje kontrollerast; send xlsx-fila frå rehablogg slik ho vart eksportert, utan passord.</translation>
    </message>
    <message>
        <source>Arbeidsboken har {count} deler, flere enn de {limit} en eksport kan ha; den er ikke åpnet.</source>
        <translation>Arbeidsboka har {count} delar, fleire enn dei {limit} ein eksport kan ha; ho er ikkje opna.</translation>
    </message>
    <message>
        <source>Arbeidsboken har en del med et navn som peker ut av arkivet eller er ugyldig ({name}); den er ikke åpnet.</source>
        <translation>Arbeidsboka har ein del med eit namn som peikar ut av arkivet eller er ugyldig ({name}); ho er ikkje opna.</translation>
    </message>
    <message>
        <source>Arbeidsboken har delen {name} to ganger; den er ikke åpnet.</source>
        <translation>Arbeidsboka har delen {name} to gonger; ho er ikkje opna.</translation>
    </message>
    <message>
        <source>Delen {name} er pakket med en metode regneark ikke bruker; filen er ikke åpnet.</source>
        <translation>Delen {name} er pakka med ein metode som rekneark ikkje bruker; fila er ikkje opna.</translation>
    </message>
    <message>
        <source>Delen {name} pakker seg ut til mer enn {limit} MB, mer enn en eksport kan inneholde; filen er ikke åpnet.</source>
        <translation>Delen {name} pakkar seg ut til meir enn {limit} MB, meir enn ein eksport kan innehalde; fila er ikkje opna.</translation>
    </message>
    <message>
        <source>Arbeidsboken pakker seg ut til mer enn {limit} MB til sammen, mer enn en eksport kan inneholde; den er ikke åpnet.</source>
        <translation>Arbeidsboka pakkar seg ut til meir enn {limit} MB til saman, meir enn ein eksport kan innehalde; ho er ikkje opna.</translation>
    </message>
    <message>
        <source>Delen {name} pakker seg ut til over {ratio} ganger sin pakkede størrelse, som en zip-bombe; filen er ikke åpnet.</source>
        <translation>Delen {name} pakkar seg ut til over {ratio} gonger den pakka storleiken sin, som ei zip-bombe; fila er ikkje opna.</translation>
    </message>
    <message>
        <source>Delen {name} pakker seg ut til en annen størrelse enn arkivet oppgir; filen er skadet eller endret, be om en ny kopi.</source>
        <translation>Delen {name} pakkar seg ut til ein annan storleik enn arkivet oppgir; fila er skadd eller endra, be om ein ny kopi.</translation>
    </message>
    <message>
        <source>Delen {name} er ikke XML i UTF-8, slik regneark skriver den; filen er ikke åpnet.</source>
        <translation>Delen {name} er ikkje XML i UTF-8, slik rekneark skriv han; fila er ikkje opna.</translation>
    </message>
    <message>
        <source>Delen {name} inneholder en DTD eller en entitetsdefinisjon, som regneark aldri skriver; filen er ikke åpnet.</source>
        <translation>Delen {name} inneheld ein DTD eller ein entitetsdefinisjon, som rekneark aldri skriv; fila er ikkje opna.</translation>
    </message>
    <message>
        <source>Arbeidsboken mangler innholdslisten [Content_Types].xml; den er ikke åpnet.</source>
        <translation>Arbeidsboka manglar innhaldslista [Content_Types].xml; ho er ikkje opna.</translation>
    </message>
    <message>
        <source>Arbeidsboken inneholder makroer ({name}); send xlsx-filen fra rehablogg, som aldri har makroer.</source>
        <translation>Arbeidsboka inneheld makroar ({name}); send xlsx-fila frå rehablogg, som aldri har makroar.</translation>
    </message>
    <message>
        <source>Arbeidsboken har en kobling til noe utenfor filen ({name}); send xlsx-filen fra rehablogg uten koblinger.</source>
        <translation>Arbeidsboka har ei kopling til noko utanfor fila ({name}); send xlsx-fila frå rehablogg utan koplingar.</translation>
    </message>
    <message>
        <source>Arbeidsboken har en del som verken rehablogg eller et regneark skriver i en eksport ({name}); filen er ikke åpnet.</source>
        <translation>Arbeidsboka har ein del som korkje rehablogg eller eit rekneark skriv i ein eksport ({name}); fila er ikkje opna.</translation>
    </message>
    <message>
        <source>Arket {sheet} inneholder formler; en eksport har bare verdier, og den lagrede verdien av en formel kan avvike fra det regnearket viser.</source>
        <translation>Arket {sheet} inneheld formlar; ein eksport har berre verdiar, og den lagra verdien av ein formel kan avvike frå det reknearket viser.</translation>
    </message>
    <message>
        <source>Arket {sheet} har celler med feilverdier (som #DIV/0! eller #N/A), som en eksport aldri har; filen er ikke åpnet.</source>
        <translation>Arket {sheet} har celler med feilverdiar (som #DIV/0! eller #N/A), som ein eksport aldri har; fila er ikkje opna.</translation>
    </message>
    <message>
        <source>Arket {sheet} har rader eller celler uten adresse eller i en uvanlig form, som regneark ikke skriver; filen er ikke åpnet.</source>
        <translation>Arket {sheet} har rader eller celler utan adresse eller i ei uvanleg form, som rekneark ikkje skriv; fila er ikkje opna.</translation>
    </message>
    <message>
        <source>Arket {sheet} går til rad {rows}, mer enn grensen på {limit} rader; filen er ikke åpnet.</source>
        <translation>Arket {sheet} går til rad {rows}, meir enn grensa på {limit} rader; fila er ikkje opna.</translation>
    </message>
    <message>
        <source>Arket {sheet} har celler i kolonne {column}, utenfor de {limit} kolonnene en eksport kan ha; filen er ikke åpnet.</source>
        <translation>Arket {sheet} har celler i kolonne {column}, utanfor dei {limit} kolonnane ein eksport kan ha; fila er ikkje opna.</translation>
    </message>
    <message>
        <source>Arket {sheet} spenner over {rows} rader og {columns} kolonner, men har bare {cells} celler; filen er ikke åpnet.</source>
        <translation>Arket {sheet} spenner over {rows} rader og {columns} kolonnar, men har berre {cells} celler; fila er ikkje opna.</translation>
    </message>
    <message>
        <source>Tabellen over delte tekster har over {limit} tekster, flere enn arbeidsboken har celler; filen er ikke åpnet.</source>
        <translation>Tabellen over delte tekstar har over {limit} tekstar, fleire enn arbeidsboka har celler; fila er ikkje opna.</translation>
    </message>
    <message>
        <source>Tabellen over delte tekster er ikke skrevet slik regneark skriver den; filen er ikke åpnet.</source>
        <translation>Tabellen over delte tekstar er ikkje skriven slik rekneark skriv han; fila er ikkje opna.</translation>
    </message>
    <message>
        <source>Dette er {what}; bare vanlige filer kan kontrolleres.</source>
        <translation>Dette er {what}; berre vanlege filer kan kontrollerast.</translation>
    </message>
    <message>
        <source>Filen er for stor ({what}); den er ikke åpnet.</source>
        <translation>Fila er for stor ({what}); ho er ikkje opna.</translation>
    </message>
    <message>
        <source>Filen ble endret mens den ble lest; prøv igjen når den er ferdig skrevet eller kopiert.</source>
        <translation>Fila vart endra medan ho vart lesen; prøv igjen når ho er ferdig skriven eller kopiert.</translation>
    </message>
    <message>
        <source>Registrerings-ID</source>
        <translation>Registrerings-ID</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Uke</source>
        <translation>Veke</translation>
    </message>
    <message>
        <source>Starttid</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Kodenavn</source>
        <translation>Kodenamn</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Minutter</source>
        <translation>Minutt</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timar</translation>
    </message>
    <message>
        <source>Reiseminutter</source>
        <translation>Reiseminutt</translation>
    </message>
    <message>
        <source>Antall brukere</source>
        <translation>Tal på brukarar</translation>
    </message>
    <message>
        <source>Gruppestørrelse</source>
        <translation>Gruppestorleik</translation>
    </message>
    <message>
        <source>Arena</source>
        <translation>Arena</translation>
    </message>
    <message>
        <source>Kontaktform</source>
        <translation>Kontaktform</translation>
    </message>
    <message>
        <source>Samarbeidspart</source>
        <translation>Samarbeidspart</translation>
    </message>
    <message>
        <source>Notat</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Bruker</source>
        <translation>Brukar</translation>
    </message>
    <message>
        <source>Fødselsår</source>
        <translation>Fødselsår</translation>
    </message>
    <message>
        <source>Aldersgruppe</source>
        <translation>Aldersgruppe</translation>
    </message>
    <message>
        <source>Tjeneste</source>
        <translation>Teneste</translation>
    </message>
    <message>
        <source>Har individuell plan</source>
        <translation>Har individuell plan</translation>
    </message>
    <message>
        <source>Har koordinator</source>
        <translation>Har koordinator</translation>
    </message>
    <message>
        <source>Har barnekoordinator</source>
        <translation>Har barnekoordinator</translation>
    </message>
    <message>
        <source>Terapeuten er koordinator</source>
        <translation>Terapeuten er koordinator</translation>
    </message>
    <message>
        <source>Bostedskommune</source>
        <translation>Bustadkommune</translation>
    </message>
    <message>
        <source>Tjenesteform</source>
        <translation>Tenesteform</translation>
    </message>
    <message>
        <source>Navn på bokmål</source>
        <translation>Namn på bokmål</translation>
    </message>
    <message>
        <source>Navn på nynorsk</source>
        <translation>Namn på nynorsk</translation>
    </message>
    <message>
        <source>Navn på engelsk</source>
        <translation>Namn på engelsk</translation>
    </message>
    <message>
        <source>Brukerkrav</source>
        <translation>Brukarkrav</translation>
    </message>
    <message>
        <source>Gruppekode</source>
        <translation>Gruppekode</translation>
    </message>
    <message>
        <source>Forankring</source>
        <translation>Forankring</translation>
    </message>
    <message>
        <source>Utgått i versjon</source>
        <translation>Utgått i versjon</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Formatversjon</source>
        <translation>Formatversjon</translation>
    </message>
    <message>
        <source>Programversjon</source>
        <translation>Programversjon</translation>
    </message>
    <message>
        <source>Eksport-ID</source>
        <translation>Eksport-ID</translation>
    </message>
    <message>
        <source>Opprettet</source>
        <translation>Oppretta</translation>
    </message>
    <message>
        <source>Periode fra</source>
        <translation>Periode frå</translation>
    </message>
    <message>
        <source>Periode til</source>
        <translation>Periode til</translation>
    </message>
    <message>
        <source>Innlevering</source>
        <translation>Innlevering</translation>
    </message>
    <message>
        <source>Terapeut</source>
        <translation>Terapeut</translation>
    </message>
    <message>
        <source>Profesjon</source>
        <translation>Profesjon</translation>
    </message>
    <message>
        <source>Kommunenummer</source>
        <translation>Kommunenummer</translation>
    </message>
    <message>
        <source>Kommunenavn</source>
        <translation>Kommunenamn</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <source>Stillingsprosent</source>
        <translation>Stillingsprosent</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>Kodeverk</source>
        <translation>Kodeverk</translation>
    </message>
    <message>
        <source>Kodeverkets versjon</source>
        <translation>Versjonen av kodeverket</translation>
    </message>
    <message>
        <source>Antall registreringer</source>
        <translation>Tal på registreringar</translation>
    </message>
    <message>
        <source>Korrigerer</source>
        <translation>Korrigerer</translation>
    </message>
    <message>
        <source>Sjekksum</source>
        <translation>Sjekksum</translation>
    </message>
    <message>
        <source>KOSTRA-funksjon</source>
        <translation>KOSTRA-funksjon</translation>
    </message>
    <message>
        <source>Sjekksum for arkene etter Metadata</source>
        <translation>Sjekksum for arka etter Metadata</translation>
    </message>
    <message>
        <source>Forløps-ID</source>
        <translation>Forløps-ID</translation>
    </message>
    <message>
        <source>Henvist</source>
        <translation>Tilvist</translation>
    </message>
    <message>
        <source>Henvist fra</source>
        <translation>Tilvist frå</translation>
    </message>
    <message>
        <source>Startdato</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>Sluttdato</source>
        <translation>Sluttdato</translation>
    </message>
    <message>
        <source>Sluttårsak</source>
        <translation>Sluttårsak</translation>
    </message>
    <message>
        <source>Første direkte kontakt</source>
        <translation>Første direkte kontakt</translation>
    </message>
    <message>
        <source>Antall opphold</source>
        <translation>Tal på opphald</translation>
    </message>
    <message>
        <source>Oppholdsdager</source>
        <translation>Opphaldsdagar</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>Frå</translation>
    </message>
    <message>
        <source>Til</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Type opphold</source>
        <translation>Type opphald</translation>
    </message>
    <message>
        <source>Vurdert</source>
        <translation>Vurdert</translation>
    </message>
    <message>
        <source>Barnehage/skole</source>
        <translation>Barnehage/skule</translation>
    </message>
    <message>
        <source>Bolig</source>
        <translation>Bustad</translation>
    </message>
    <message>
        <source>Hjelpemidler</source>
        <translation>Hjelpemiddel</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>IP/koordinator</source>
        <translation>IP/koordinator</translation>
    </message>
    <message>
        <source>Ankerkode</source>
        <translation>Ankerkode</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Før</source>
        <translation>Før</translation>
    </message>
    <message>
        <source>Etter</source>
        <translation>Etter</translation>
    </message>
    <message>
        <source>Årsak</source>
        <translation>Årsak</translation>
    </message>
</context>
<context>
    <name>faults</name>
    <message>
        <source>Disken er full (eller filen ble for stor), så {what} ble ikke skrevet; frigjør plass i {folder} og prøv igjen.</source>
        <translation>Disken er full (eller fila vart for stor), så rehablogg fekk ikkje skrive {what}; frigjer plass i {folder} og prøv igjen.</translation>
    </message>
    <message>
        <source>{folder} er skrivebeskyttet eller du mangler skrivetilgang, så {what} ble ikke skrevet; be om skrivetilgang eller velg en annen mappe.</source>
        <translation>{folder} er skriveverna, eller du manglar skrivetilgang, så rehablogg fekk ikkje skrive {what}; be om skrivetilgang eller vel ei anna mappe.</translation>
    </message>
    <message>
        <source>Databasen er opptatt av et annet program eller en annen rehablogg-kommando (ventet 5 sekunder), så {what} ble ikke skrevet; vent litt og prøv igjen.</source>
        <translation>Databasen er oppteken av eit anna program eller ein annan rehablogg-kommando (venta 5 sekund), så rehablogg fekk ikkje skrive {what}; vent litt og prøv igjen.</translation>
    </message>
    <message>
        <source>{folder} finnes ikke lenger eller kan ikke nås (flyttet, slettet eller frakoblet?), så {what} ble ikke skrevet; koble den til igjen og prøv på nytt.</source>
        <translation>{folder} finst ikkje lenger eller kan ikkje nåast (flytta, sletta eller kopla frå?), så rehablogg fekk ikkje skrive {what}; gjer mappa tilgjengeleg att og prøv på nytt.</translation>
    </message>
    <message>
        <source>Disken svarte med en feil mens {what} ble lest eller skrevet i {folder}; sjekk disken (eller minnepinnen) og prøv igjen.</source>
        <translation>Disken svarte med ein feil medan rehablogg las eller skreiv {what} i {folder}; sjekk disken (eller minnepinnen) og prøv igjen.</translation>
    </message>
    <message>
        <source>sikkerhetskopien som tas før innleveringen</source>
        <translation>tryggingskopien som blir teken før innleveringa</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>ikke en vanlig fil, men {kind}</source>
        <translation>ikkje ei vanleg fil, men {kind}</translation>
    </message>
    <message>
        <source>{size} MB, mer enn grensen på {limit} MB</source>
        <translation>{size} MB, meir enn grensa på {limit} MB</translation>
    </message>
    <message>
        <source>filen ble endret mens den ble lest; prøv igjen når den er ferdig skrevet</source>
        <translation>fila vart endra medan ho vart lesen; prøv igjen når ho er ferdig skriven</translation>
    </message>
    <message>
        <source>en mappe</source>
        <translation>ei mappe</translation>
    </message>
    <message>
        <source>et navngitt rør (FIFO)</source>
        <translation>eit namngitt røyr (FIFO)</translation>
    </message>
    <message>
        <source>en socket</source>
        <translation>ein socket</translation>
    </message>
    <message>
        <source>en enhet</source>
        <translation>ei eining</translation>
    </message>
    <message>
        <source>noe annet enn en fil</source>
        <translation>noko anna enn ei fil</translation>
    </message>
</context>
<context>
    <name>free_text</name>
    <message>
        <source>Notatet inneholder et fødselsnummer, D-nummer eller H-nummer, og slike numre lagres aldri; fjern nummeret og lagre igjen.</source>
        <translation>Notatet inneheld eit fødselsnummer, D-nummer eller H-nummer, og slike nummer blir aldri lagra; fjern nummeret og lagre igjen.</translation>
    </message>
    <message>
        <source>Navnet inneholder et fødselsnummer, D-nummer eller H-nummer, og slike numre lagres aldri; skriv et navn eller kallenavn uten nummeret.</source>
        <translation>Namnet inneheld eit fødselsnummer, D-nummer eller H-nummer, og slike nummer blir aldri lagra; skriv eit namn eller kallenamn utan nummeret.</translation>
    </message>
    <message>
        <source>Begrunnelsen inneholder et fødselsnummer, D-nummer eller H-nummer, og slike numre lagres aldri; fjern nummeret.</source>
        <translation>Grunngivinga inneheld eit fødselsnummer, D-nummer eller H-nummer, og slike nummer blir aldri lagra; fjern nummeret.</translation>
    </message>
    <message>
        <source>Enhetsnavnet inneholder et fødselsnummer, D-nummer eller H-nummer, og slike numre lagres aldri; fjern nummeret.</source>
        <translation>Einingsnamnet inneheld eit fødselsnummer, D-nummer eller H-nummer, og slike nummer blir aldri lagra; fjern nummeret.</translation>
    </message>
    <message>
        <source>Malen inneholder et fødselsnummer, D-nummer eller H-nummer, og slike numre lagres aldri; fjern nummeret.</source>
        <translation>Malen inneheld eit fødselsnummer, D-nummer eller H-nummer, og slike nummer blir aldri lagra; fjern nummeret.</translation>
    </message>
    <message>
        <source>Teksten inneholder et fødselsnummer, D-nummer eller H-nummer, og slike numre lagres aldri; fjern nummeret.</source>
        <translation>Teksten inneheld eit fødselsnummer, D-nummer eller H-nummer, og slike nummer blir aldri lagra; fjern nummeret.</translation>
    </message>
</context>
<context>
    <name>holidays</name>
    <message>
        <source>Første nyttårsdag</source>
        <translation>Første nyttårsdag</translation>
    </message>
    <message>
        <source>Skjærtorsdag</source>
        <translation>Skjærtorsdag</translation>
    </message>
    <message>
        <source>Langfredag</source>
        <translation>Langfredag</translation>
    </message>
    <message>
        <source>Første påskedag</source>
        <translation>Første påskedag</translation>
    </message>
    <message>
        <source>Andre påskedag</source>
        <translation>Andre påskedag</translation>
    </message>
    <message>
        <source>Arbeidernes dag</source>
        <translation>Arbeidarane sin dag</translation>
    </message>
    <message>
        <source>Grunnlovsdag</source>
        <translation>Grunnlovsdag</translation>
    </message>
    <message>
        <source>Kristi himmelfartsdag</source>
        <translation>Kristi himmelfartsdag</translation>
    </message>
    <message>
        <source>Første pinsedag</source>
        <translation>Første pinsedag</translation>
    </message>
    <message>
        <source>Andre pinsedag</source>
        <translation>Andre pinsedag</translation>
    </message>
    <message>
        <source>Første juledag</source>
        <translation>Første juledag</translation>
    </message>
    <message>
        <source>Andre juledag</source>
        <translation>Andre juledag</translation>
    </message>
</context>
<context>
    <name>journal_text</name>
    <message>
        <source>Malen er tom; skriv minst én plassholder, for eksempel {dato}.</source>
        <translation>Malen er tom; skriv minst éin plasshaldar, til dømes {dato}.</translation>
    </message>
    <message>
        <source>«{{{name}}}» er ikke en kjent plassholder; bruk {known}.</source>
        <translation>«{{{name}}}» er ikkje ein kjend plasshaldar; bruk {known}.</translation>
    </message>
    <message>
        <source>Malen har en krøllparentes uten partner; skriv plassholdere som {dato}, og doble krøllparenteser ({{ eller }}) for å få dem som tegn.</source>
        <translation>Malen har ein krøllparentes utan partnar; skriv plasshaldarar som {dato}, og doble krøllparentesar ({{ eller }}) for å få dei som teikn.</translation>
    </message>
    <message>
        <source>«{{{field}}}» har et tillegg etter navnet; skriv plassholderen bare som {{{name}}}.</source>
        <translation>«{{{field}}}» har eit tillegg etter namnet; skriv plasshaldaren berre som {{{name}}}.</translation>
    </message>
    <message>
        <source>«{language}» er ikke et språk for journaltekst; velg bokmål (nb) eller nynorsk (nn).</source>
        <translation>«{language}» er ikkje eit språk for journaltekst; vel bokmål (nb) eller nynorsk (nn).</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>Venstre</source>
        <translation>Venstre</translation>
    </message>
    <message>
        <source>Høyre</source>
        <translation>Høgre</translation>
    </message>
    <message>
        <source>Pil opp</source>
        <translation>Pil opp</translation>
    </message>
    <message>
        <source>Pil ned</source>
        <translation>Pil ned</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Mellomrom</source>
        <translation>Mellomrom</translation>
    </message>
    <message>
        <source>Tilbake</source>
        <translation>Tilbake</translation>
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
        <translation>veke %1</translation>
    </message>
    <message>
        <source>Uke %1</source>
        <translation>Veke %1</translation>
    </message>
    <message>
        <source>man</source>
        <translation>mån</translation>
    </message>
    <message>
        <source>tir</source>
        <translation>tys</translation>
    </message>
    <message>
        <source>ons</source>
        <translation>ons</translation>
    </message>
    <message>
        <source>tor</source>
        <translation>tor</translation>
    </message>
    <message>
        <source>fre</source>
        <translation>fre</translation>
    </message>
    <message>
        <source>lør</source>
        <translation>lau</translation>
    </message>
    <message>
        <source>søn</source>
        <translation>søn</translation>
    </message>
</context>
<context>
    <name>municipalities</name>
    <message>
        <source>Skriv kommunenummeret eller navnet på kommunen, for eksempel 0301 eller Oslo.</source>
        <translation>Skriv kommunenummeret eller namnet på kommunen, til dømes 0301 eller Oslo.</translation>
    </message>
    <message>
        <source> eller </source>
        <translation> eller </translation>
    </message>
    <message>
        <source>Flere kommuner heter {text}; velg {options}.</source>
        <translation>Fleire kommunar heiter {text}; vel {options}.</translation>
    </message>
    <message>
        <source>Ingen kommune heter «{text}»; skriv kommunenummeret eller velg fra listen.</source>
        <translation>Ingen kommune heiter «{text}»; skriv kommunenummeret eller vel frå lista.</translation>
    </message>
</context>
<context>
    <name>periods</name>
    <message>
        <source>«{text}» er ikke en måned; skriv den som ÅÅÅÅ-MM.</source>
        <translation>«{text}» er ikkje ein månad; skriv han som ÅÅÅÅ-MM.</translation>
    </message>
    <message>
        <source>uke {week}</source>
        <translation>veke {week}</translation>
    </message>
    <message>
        <source>«{text}» er ikke en dato; skriv den som ÅÅÅÅ-MM-DD.</source>
        <translation>«{text}» er ikkje ein dato; skriv han som ÅÅÅÅ-MM-DD.</translation>
    </message>
</context>
<context>
    <name>pilot</name>
    <message>
        <source>{where} må være «rehablogg-pilot»; dette er ikke en pilotfil.</source>
        <translation>{where} må vere «rehablogg-pilot»; dette er ikkje ei pilotfil.</translation>
    </message>
    <message>
        <source>{where} må være 1.x; filen er laget av en nyere rehablogg.</source>
        <translation>{where} må vere 1.x; fila er laga av ein nyare rehablogg.</translation>
    </message>
    <message>
        <source>{where} kan bare ha små bokstaver, sifre og bindestrek (2–40 tegn), ikke {value}.</source>
        <translation>{where} kan berre ha små bokstavar, siffer og bindestrek (2–40 teikn), ikkje {value}.</translation>
    </message>
    <message>
        <source>{where} må være 64 heksadesimale tegn når pseudonymene er koblet.</source>
        <translation>{where} må vere 64 heksadesimale teikn når pseudonyma er kopla.</translation>
    </message>
    <message>
        <source>{where} skal bare være med når linked_pseudonyms = true.</source>
        <translation>{where} skal berre vere med når linked_pseudonyms = true.</translation>
    </message>
    <message>
        <source>{where} mangler; legg inn minst én terapeut som [[roster]].</source>
        <translation>{where} manglar; legg inn minst éin terapeut som [[roster]].</translation>
    </message>
    <message>
        <source>terapeut {code}</source>
        <translation>terapeut {code}</translation>
    </message>
    <message>
        <source>{where} kan bare ha bokstaver, sifre og bindestrek (høyst 20 tegn), ikke {value}.</source>
        <translation>{where} kan berre ha bokstavar, siffer og bindestrek (høgst 20 teikn), ikkje {value}.</translation>
    </message>
    <message>
        <source>{where} står to ganger i listen; hver terapeut kan bare stå én gang.</source>
        <translation>{where} står to gonger i lista; kvar terapeut kan berre stå éin gong.</translation>
    </message>
    <message>
        <source>{where} må ha fire sifre, ikke {value}.</source>
        <translation>{where} må ha fire siffer, ikkje {value}.</translation>
    </message>
    <message>
        <source>{where} må være en måned skrevet ÅÅÅÅ-MM i anførselstegn, ikke {value}.</source>
        <translation>{where} må vere ein månad skriven ÅÅÅÅ-MM i hermeteikn, ikkje {value}.</translation>
    </message>
    <message>
        <source>{where} kan ikke være før first_month.</source>
        <translation>{where} kan ikkje vere før first_month.</translation>
    </message>
    <message>
        <source>{where} må være en liste som [[0, 5], [6, 12], [67]].</source>
        <translation>{where} må vere ei liste som [[0, 5], [6, 12], [67]].</translation>
    </message>
    <message>
        <source>{where} må dekke alle aldre fra 0 uten hull, og bare den siste gruppen kan være åpen oppover (som [67]).</source>
        <translation>{where} må dekkje alle aldrar frå 0 utan hol, og berre den siste gruppa kan vere open oppover (som [67]).</translation>
    </message>
    <message>
        <source>{where} har en gruppe der slutten er før starten ([{low}, {high}]).</source>
        <translation>{where} har ei gruppe der slutten er før starten ([{low}, {high}]).</translation>
    </message>
    <message>
        <source>{where} må være tabeller som [intensity_targets.habilitering].</source>
        <translation>{where} må vere tabellar som [intensity_targets.habilitering].</translation>
    </message>
    <message>
        <source>{where} gjelder ingen kjent tjeneste; bruk habilitering eller rehabilitering.</source>
        <translation>{where} gjeld inga kjend teneste; bruk habilitering eller rehabilitering.</translation>
    </message>
    <message>
        <source>{where} er tom; gi sessions_per_week og/eller minutes_per_week.</source>
        <translation>{where} er tom; gi sessions_per_week og/eller minutes_per_week.</translation>
    </message>
    <message>
        <source>{where} må være et tall fra 0 til 50 (direkte økter per uke, som 1.5), ikke {value}.</source>
        <translation>{where} må vere eit tal frå 0 til 50 (direkte økter per veke, som 1.5), ikkje {value}.</translation>
    </message>
    <message>
        <source>{where} må være et heltall fra 0 til 5000 (direkte minutter per uke), ikke {value}.</source>
        <translation>{where} må vere eit heiltal frå 0 til 5000 (direkte minutt per veke), ikkje {value}.</translation>
    </message>
    <message>
        <source>{where} setter ikke noe mål; gi sessions_per_week eller minutes_per_week større enn 0.</source>
        <translation>{where} set ikkje noko mål; gi sessions_per_week eller minutes_per_week større enn 0.</translation>
    </message>
    <message>
        <source>{where} må være et heltall fra {low} til {high} (antall personer under dette skjules i delingsarkene; vanlig er 5), ikke {value}.</source>
        <translation>{where} må vere eit heiltal frå {low} til {high} (tal på personar under dette blir skjulte i delingsarka; vanleg er 5), ikkje {value}.</translation>
    </message>
    <message>
        <source>{file}: første linje må være {header}.</source>
        <translation>{file}: første linja må vere {header}.</translation>
    </message>
    <message>
        <source>{file}: linje {line}</source>
        <translation>{file}: linje {line}</translation>
    </message>
    <message>
        <source>{where} har {count} felt, men skal ha {expected}.</source>
        <translation>{where} har {count} felt, men skal ha {expected}.</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <source>{file} har ingen terapeuter etter overskriftslinjen.</source>
        <translation>{file} har ingen terapeutar etter overskriftslinja.</translation>
    </message>
    <message>
        <source>Terapeutkoden {code} står ikke i pilotens liste.</source>
        <translation>Terapeutkoden {code} står ikkje i lista til piloten.</translation>
    </message>
    <message>
        <source>Piloten bruker kodeverket «{wanted}», men denne rehablogg har bare «{have}»; be pilotlederen om en pilotfil for {have}.</source>
        <translation>Piloten bruker kodeverket «{wanted}», men denne rehablogg har berre «{have}»; be pilotleiaren om ei pilotfil for {have}.</translation>
    </message>
    <message>
        <source>Piloten bruker versjon {wanted} av kodeverket, men denne rehablogg har versjon {have}; {advice}.</source>
        <translation>Piloten bruker versjon {wanted} av kodeverket, men denne rehablogg har versjon {have}; {advice}.</translation>
    </message>
    <message>
        <source>oppdater rehablogg</source>
        <translation>oppdater rehablogg</translation>
    </message>
    <message>
        <source>be pilotlederen om en ny pilotfil</source>
        <translation>be pilotleiaren om ei ny pilotfil</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>Kommunenummeret «{number}» må ha fire sifre, for eksempel 0301.</source>
        <translation>Kommunenummeret «{number}» må ha fire siffer, til dømes 0301.</translation>
    </message>
    <message>
        <source>Kommunenummeret {number} finnes ikke i kommunelisten for 2024.</source>
        <translation>Kommunenummeret {number} finst ikkje i kommunelista for 2024.</translation>
    </message>
    <message>
        <source>Terapeutkoden «{code}» kan bare ha bokstaver, sifre og bindestrek (høyst 20 tegn).</source>
        <translation>Terapeutkoden «{code}» kan berre ha bokstavar, siffer og bindestrek (høgst 20 teikn).</translation>
    </message>
    <message>
        <source>Stillingsprosenten må være mellom 1 og 100.</source>
        <translation>Stillingsprosenten må vere mellom 1 og 100.</translation>
    </message>
    <message>
        <source>Profesjonen må være fysioterapeut eller ergoterapeut.</source>
        <translation>Profesjonen må vere fysioterapeut eller ergoterapeut.</translation>
    </message>
</context>
<context>
    <name>proposals</name>
    <message>
        <source>Importer kalender</source>
        <translation>Importer kalender</translation>
    </message>
    <message>
        <source>Velg kalenderfil</source>
        <translation>Vel kalenderfil</translation>
    </message>
    <message>
        <source>iCalendar-filer (*.ics);;Alle filer (*)</source>
        <translation>iCalendar-filer (*.ics);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Møter fra {first} til {last}: {n} forslag, {new} nye. Kontroller kode og bruker, fjern haken for det som ikke er arbeid, og trykk Lagre valgte. Møtets deltakere og beskrivelse tas aldri med.</source>
        <translation>Møte frå {first} til {last}: {n} framlegg, {new} nye. Kontroller kode og brukar, fjern haken for det som ikkje er arbeid, og trykk Lagre valde. Deltakarane og skildringa i møtet blir aldri tekne med.</translation>
    </message>
    <message>
        <source>{n} heldagsavtaler, avlyste eller for lange avtaler er hoppet over.</source>
        <translation>{n} heildagsavtalar, avlyste eller for lange avtalar er hoppa over.</translation>
    </message>
    <message>
        <source>Kopier forrige uke</source>
        <translation>Kopier førre veke</translation>
    </message>
    <message>
        <source>Uka før {week} har ingen registreringer å kopiere.</source>
        <translation>Veka før {week} har ingen registreringar å kopiere.</translation>
    </message>
    <message>
        <source>Forrige ukes registreringer foreslått for {week} (helligdager og fraværsdager er hoppet over, notater tas ikke med). Fjern haken for det som ikke skal gjentas, og trykk Lagre valgte.</source>
        <translation>Registreringane frå førre veke er føreslegne for {week} (heilagdagar og fråværsdagar er hoppa over, notat blir ikkje tekne med). Fjern haken for det som ikkje skal gjentakast, og trykk Lagre valde.</translation>
    </message>
</context>
<context>
    <name>pseudonym</name>
    <message>
        <source>Fødselsnummeret er ikke gyldig; sjekk at alle 11 sifrene er riktige.</source>
        <translation>Fødselsnummeret er ikkje gyldig; sjekk at alle dei 11 sifra er rette.</translation>
    </message>
    <message>
        <source>Pilotnøkkelen må være 64 tegn, bare sifre og a til f; lim den inn på nytt.</source>
        <translation>Pilotnøkkelen må vere 64 teikn, berre siffer og a til f; lim han inn på nytt.</translation>
    </message>
</context>
<context>
    <name>receipt</name>
    <message>
        <source>Filen er {size} KiB, men en kvittering er aldri større enn {limit} KiB; velg kvitteringsfilen (.json) du fikk fra pilotlederen.</source>
        <translation>Fila er {size} KiB, men ei kvittering er aldri større enn {limit} KiB; vel kvitteringsfila (.json) du fekk frå pilotleiaren.</translation>
    </message>
    <message>
        <source>Filen er ikke en kvittering (ikke gyldig JSON); velg kvitteringsfilen (.json) du fikk fra pilotlederen.</source>
        <translation>Fila er ikkje ei kvittering (ikkje gyldig JSON); vel kvitteringsfila (.json) du fekk frå pilotleiaren.</translation>
    </message>
    <message>
        <source>Filen er ikke en kvittering fra rehablogg (format «{found}»); velg kvitteringsfilen du fikk fra pilotlederen.</source>
        <translation>Fila er ikkje ei kvittering frå rehablogg (format «{found}»); vel kvitteringsfila du fekk frå pilotleiaren.</translation>
    </message>
    <message>
        <source>Kvitteringen har versjon {found}, som denne rehablogg ikke kan lese; oppdater rehablogg.</source>
        <translation>Kvitteringa har versjon {found}, som denne rehablogg ikkje kan lese; oppdater rehablogg.</translation>
    </message>
    <message>
        <source>Kvitteringen er ikke bygd som en kvittering skal ({detail}); be pilotlederen om en ny.</source>
        <translation>Kvitteringa er ikkje bygd slik ei kvittering skal vere ({detail}); be pilotleiaren om ei ny.</translation>
    </message>
    <message>
        <source>Kvitteringen er endret etter at den ble skrevet (kontrollsummen stemmer ikke); be pilotlederen om en ny.</source>
        <translation>Kvitteringa er endra etter at ho vart skriven (kontrollsummen stemmer ikkje); be pilotleiaren om ei ny.</translation>
    </message>
    <message>
        <source>Skriv hvorfor måneden sendes tilbake, så terapeuten vet hva som skal rettes.</source>
        <translation>Skriv kvifor månaden blir send tilbake, så terapeuten veit kva som skal rettast.</translation>
    </message>
    <message>
        <source>Årsaken er {length} tegn, men kan være høyst {limit}; skriv den kortere.</source>
        <translation>Årsaka er {length} teikn, men kan vere høgst {limit}; skriv ho kortare.</translation>
    </message>
    <message>
        <source>Årsaken inneholder et fødselsnummer, D-nummer eller H-nummer, og slike numre lagres aldri; fjern nummeret.</source>
        <translation>Årsaka inneheld eit fødselsnummer, D-nummer eller H-nummer, og slike nummer blir aldri lagra; fjern nummeret.</translation>
    </message>
    <message>
        <source>Kvitteringen har en årsak med et fødselsnummer, D-nummer eller H-nummer ({month}), og slike numre lagres aldri; be pilotlederen om en ny kvittering uten nummeret.</source>
        <translation>Kvitteringa har ei årsak med eit fødselsnummer, D-nummer eller H-nummer ({month}), og slike nummer blir aldri lagra; be pilotleiaren om ei ny kvittering utan nummeret.</translation>
    </message>
</context>
<context>
    <name>receipts</name>
    <message>
        <source>Kvitteringen gjelder terapeut {found}, men denne loggboken er {own}; les inn kvitteringen med din egen terapeutkode.</source>
        <translation>Kvitteringa gjeld terapeut {found}, men denne loggboka høyrer til {own}; les inn kvitteringa i loggboka med terapeutkoden din.</translation>
    </message>
    <message>
        <source>Profilen har ingen terapeutkode, så kvitteringen kan ikke knyttes til deg; fyll inn terapeutkoden i Fil → Profil og innstillinger først.</source>
        <translation>Profilen har ingen terapeutkode, så kvitteringa kan ikkje knytast til deg; fyll inn terapeutkoden i Fil → Profil og innstillingar først.</translation>
    </message>
    <message>
        <source>Ingen av de {count} månedene i kvitteringen er levert fra denne loggboken, så ingenting er lest inn; er det riktig loggbok?</source>
        <translation>Ingen av dei {count} månadene i kvitteringa er leverte frå denne loggboka, så ingenting er lese inn; er det rett loggbok?</translation>
    </message>
    <message>
        <source>Kvitteringen nevner ingen måneder, så det er ingenting å lese inn.</source>
        <translation>Kvitteringa nemner ingen månader, så det er ingenting å lese inn.</translation>
    </message>
    <message>
        <source>{path} er ikke en vanlig fil, men {what}; velg kvitteringsfilen (.json).</source>
        <translation>{path} er ikkje ei vanleg fil, men {what}; vel kvitteringsfila (.json).</translation>
    </message>
    <message>
        <source>Kvitteringen {path} kan ikke leses ({reason}); sjekk at filen finnes.</source>
        <translation>Kvitteringa {path} kan ikkje lesast ({reason}); sjekk at fila finst.</translation>
    </message>
    <message>
        <source>Kvitteringen ble endret mens den ble lest; prøv igjen når den er ferdig kopiert.</source>
        <translation>Kvitteringa vart endra medan ho vart lesen; prøv igjen når ho er ferdig kopiert.</translation>
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
        <translation>levert</translation>
    </message>
    <message>
        <source>endret etter levering</source>
        <translation>endra etter levering</translation>
    </message>
    <message>
        <source>godkjent</source>
        <translation>godkjend</translation>
    </message>
    <message>
        <source>erstattet</source>
        <translation>erstatta</translation>
    </message>
    <message>
        <source>returnert</source>
        <translation>returnert</translation>
    </message>
    <message>
        <source>levert på nytt, venter på kvittering</source>
        <translation>levert på nytt, ventar på kvittering</translation>
    </message>
    <message>
        <source>Kvittering: returnert av pilotlederen – {reason} Rett det som trengs og lever måneden på nytt; den leveres som korreksjon.</source>
        <translation>Kvittering: returnert av pilotleiaren – {reason} Rett det som trengst, og lever månaden på nytt; han blir levert som korreksjon.</translation>
    </message>
    <message>
        <source>Kvittering: godkjent av pilotlederen.</source>
        <translation>Kvittering: godkjend av pilotleiaren.</translation>
    </message>
    <message>
        <source>Kvittering: erstattet av en nyere korreksjon.</source>
        <translation>Kvittering: erstatta av ein nyare korreksjon.</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>Databasefilen {path} finnes ikke lenger (er datamappen flyttet eller frakoblet?); det du skrev står fortsatt i skjemaet.</source>
        <translation>Databasefila {path} finst ikkje lenger (er datamappa flytta eller kopla frå?); det du skreiv, står framleis i skjemaet.</translation>
    </message>
    <message>
        <source>Databasen {path} er låst av et annet program (for eksempel et databaseverktøy eller et sikkerhetskopiprogram); lukk det programmet eller vent litt, og prøv igjen – filen er ikke endret.</source>
        <translation>Databasen {path} er låst av eit anna program (til dømes eit databaseverktøy eller eit tryggingskopiprogram); lukk det programmet eller vent litt, og prøv igjen – fila er ikkje endra.</translation>
    </message>
    <message>
        <source>rehablogg får ikke lese databasen {path}; sjekk at brukeren din eier datamappen og filene i den og har lese- og skrivetilgang til dem (be IT om hjelp ved behov), og prøv igjen – filen er ikke endret.</source>
        <translation>rehablogg får ikkje lese databasen {path}; sjekk at brukarkontoen din eig datamappa og filene i henne og har lese- og skrivetilgang til dei (be IT om hjelp ved behov), og prøv igjen – fila er ikkje endra.</translation>
    </message>
    <message>
        <source>Databasefilen {path} kan ikke leses: den er skadet eller ikke en database.</source>
        <translation>Databasefila {path} kan ikkje lesast: ho er skadd eller ikkje ein database.</translation>
    </message>
    <message>
        <source>Databasen {path} er laget av en nyere rehablogg (skjemaversjon {found}, denne versjonen kjenner {known}); oppdater rehablogg, filen er ikke endret.</source>
        <translation>Databasen {path} er laga av ein nyare rehablogg (skjemaversjon {found}, denne versjonen kjenner {known}); oppdater rehablogg, fila er ikkje endra.</translation>
    </message>
    <message>
        <source>Disken er full, så registreringen er ikke lagret; frigjør plass og lagre igjen (det du skrev står fortsatt i skjemaet).</source>
        <translation>Disken er full, så registreringa er ikkje lagra; frigjer plass og lagre igjen (det du skreiv, står framleis i skjemaet).</translation>
    </message>
    <message>
        <source>Databasen er opptatt av et annet program; vent litt og lagre igjen (det du skrev står fortsatt i skjemaet).</source>
        <translation>Databasen er oppteken av eit anna program; vent litt og lagre igjen (det du skreiv, står framleis i skjemaet).</translation>
    </message>
    <message>
        <source>Datamappen er skrivebeskyttet, så registreringen er ikke lagret; be IT om skrivetilgang (det du skrev står fortsatt i skjemaet).</source>
        <translation>Datamappa er skriveverna, så registreringa er ikkje lagra; be IT om skrivetilgang (det du skreiv, står framleis i skjemaet).</translation>
    </message>
    <message>
        <source>Databasefilen kan ikke nås (er datamappen flyttet eller frakoblet?); det du skrev står fortsatt i skjemaet.</source>
        <translation>Databasefila kan ikkje nåast (er datamappa flytta eller kopla frå?); det du skreiv, står framleis i skjemaet.</translation>
    </message>
    <message>
        <source>Registreringen kunne ikke lagres ({error}); det du skrev står fortsatt i skjemaet.</source>
        <translation>Registreringa kunne ikkje lagrast ({error}); det du skreiv, står framleis i skjemaet.</translation>
    </message>
    <message>
        <source>Databasen kan ikke leses: {error}.</source>
        <translation>Databasen kan ikkje lesast: {error}.</translation>
    </message>
    <message>
        <source>Databasefilen er skadet: {detail}.</source>
        <translation>Databasefila er skadd: {detail}.</translation>
    </message>
    <message>
        <source>Databasen er ikke slik rehablogg lager den ({problem}); gjenopprett en sikkerhetskopi som rehablogg godtar, eller be den som drifter appen om hjelp.</source>
        <translation>Databasen er ikkje slik rehablogg lagar han ({problem}); gjenopprett ein tryggingskopi som rehablogg godtek, eller be den som driftar appen, om hjelp.</translation>
    </message>
    <message>
        <source>Databasen har koblinger til brukere eller registreringer som ikke finnes.</source>
        <translation>Databasen har koplingar til brukarar eller registreringar som ikkje finst.</translation>
    </message>
    <message>
        <source>Registreringer bruker koder som ikke finnes i kodeverket: {codes}.</source>
        <translation>Registreringar bruker kodar som ikkje finst i kodeverket: {codes}.</translation>
    </message>
    <message>
        <source>Brukernes forløp eller bostedskommuner har verdier som denne versjonen av rehablogg ikke kjenner: {values}; oppdater rehablogg eller be den som drifter appen om hjelp.</source>
        <translation>Forløpa eller bustadkommunane til brukarane har verdiar som denne versjonen av rehablogg ikkje kjenner: {values}; oppdater rehablogg eller be den som driftar appen, om hjelp.</translation>
    </message>
    <message>
        <source>Datamappen {path} er i bruk av et annet rehablogg-vindu; lukk det og prøv igjen.</source>
        <translation>Datamappa {path} er i bruk av eit anna rehablogg-vindauge; lukk det og prøv igjen.</translation>
    </message>
    <message>
        <source>Måneden {month} er levert; oppgi en begrunnelse for endringen.</source>
        <translation>Månaden {month} er levert; gi ei grunngiving for endringa.</translation>
    </message>
    <message>
        <source>Databasen ble endret mens eksporten ble laget, så ingenting er lagret; kjør eksporten på nytt.</source>
        <translation>Databasen vart endra medan eksporten vart laga, så ingenting er lagra; køyr eksporten på nytt.</translation>
    </message>
    <message>
        <source>Denne kalenderavtalen er allerede importert; den er ikke lagret på nytt.</source>
        <translation>Denne kalenderavtalen er alt importert; han er ikkje lagra på nytt.</translation>
    </message>
    <message>
        <source>Datamappen {folder} er skrivebeskyttet eller du mangler skrivetilgang, og rehablogg må kunne skrive der (også for å lese databasen); be om skrivetilgang, eller bruk --data-dir med en annen mappe.</source>
        <translation>Datamappa {folder} er skriveverna, eller du manglar skrivetilgang, og rehablogg må kunne skrive der (også for å lese databasen); be om skrivetilgang, eller bruk --data-dir med ei anna mappe.</translation>
    </message>
    <message>
        <source>en tabell</source>
        <translation>ein tabell</translation>
    </message>
    <message>
        <source>tabellen</source>
        <translation>tabellen</translation>
    </message>
    <message>
        <source>en indeks</source>
        <translation>ein indeks</translation>
    </message>
    <message>
        <source>indeksen</source>
        <translation>indeksen</translation>
    </message>
    <message>
        <source>en visning</source>
        <translation>ei vising</translation>
    </message>
    <message>
        <source>visningen</source>
        <translation>visinga</translation>
    </message>
    <message>
        <source>en trigger</source>
        <translation>ein trigger</translation>
    </message>
    <message>
        <source>triggeren</source>
        <translation>triggeren</translation>
    </message>
    <message>
        <source>den har {kind} «{name}» som rehablogg ikke lager</source>
        <translation>han har {kind} «{name}» som rehablogg ikkje lagar</translation>
    </message>
    <message>
        <source>{kind} «{name}» er endret</source>
        <translation>{kind} «{name}» er endra</translation>
    </message>
    <message>
        <source>{kind} «{name}» mangler</source>
        <translation>{kind} «{name}» manglar</translation>
    </message>
</context>
<context>
    <name>system_libraries</name>
    <message>
        <source>Vinduet kan ikke startes fordi systembiblioteket {files} mangler; installer pakken som har det (se «Systempakker» i README).</source>
        <translation>Vindauget kan ikkje startast fordi systembiblioteket {files} manglar; installer pakken som har det (sjå «Systempakker» i README).</translation>
    </message>
    <message>
        <source>Vinduet kan ikke startes fordi systembiblioteker mangler ({files}); installer dem med «sudo apt install {debian}» (Debian/Ubuntu) eller «sudo dnf install {fedora}» (Fedora).</source>
        <translation>Vindauget kan ikkje startast fordi systembibliotek manglar ({files}); installer dei med «sudo apt install {debian}» (Debian/Ubuntu) eller «sudo dnf install {fedora}» (Fedora).</translation>
    </message>
    <message>
        <source>Fant ingen skjerm på DISPLAY={display} (X-serveren kjører ikke); start rehablogg fra skrivebordet, eller bruk kommandoene som ikke trenger vindu (rehablogg --help).</source>
        <translation>Fann ingen skjerm på DISPLAY={display} (X-tenaren køyrer ikkje); start rehablogg frå skrivebordet, eller bruk kommandoane som ikkje treng vindauge (rehablogg --help).</translation>
    </message>
    <message>
        <source>Fant ingen skjerm å åpne vinduet på (DISPLAY er ikke satt); start rehablogg fra skrivebordet, eller bruk kommandoene som ikke trenger vindu (rehablogg --help).</source>
        <translation>Fann ingen skjerm å opne vindauget på (DISPLAY er ikkje sett); start rehablogg frå skrivebordet, eller bruk kommandoane som ikkje treng vindauge (rehablogg --help).</translation>
    </message>
</context>
<context>
    <name>tariffs</name>
    <message>
        <source>betalt</source>
        <translation>betalt</translation>
    </message>
    <message>
        <source>ingen regel</source>
        <translation>ingen regel</translation>
    </message>
    <message>
        <source>avlyst</source>
        <translation>avlyst</translation>
    </message>
    <message>
        <source>EKSEMPEL: beløpene i {file} er oppdiktet og er ikke virkelige takster; bruk tallene bare til å prøve verktøyet.</source>
        <translation>DØME: beløpa i {file} er oppdikta og er ikkje verkelege takstar; bruk tala berre til å prøve verktøyet.</translation>
    </message>
    <message>
        <source>Tariffmodeller fra {file}, brukt på de godtatte innleveringene</source>
        <translation>Tariffmodellar frå {file}, brukte på dei godtekne innleveringane</translation>
    </message>
    <message>
        <source>Beløp i kroner. Differanse = modellen minus den første modellen i filen («{first}»). Reglene og rekkefølgen de brukes i står i docs/tariff-models.md.</source>
        <translation>Beløp i kroner. Differanse = modellen minus den første modellen i fila («{first}»). Reglane og rekkjefølgja dei blir brukte i, står i docs/tariff-models.md.</translation>
    </message>
    <message>
        <source>{where} må være et beløp i kroner uten anførselstegn, for eksempel 245.50, ikke {value}.</source>
        <translation>{where} må vere eit beløp i kroner utan hermeteikn, til dømes 245.50, ikkje {value}.</translation>
    </message>
    <message>
        <source>{where} kan ikke være negativt ({value}).</source>
        <translation>{where} kan ikkje vere negativt ({value}).</translation>
    </message>
    <message>
        <source>{where} er urimelig stort ({value}); sjekk beløpet.</source>
        <translation>{where} er urimeleg stort ({value}); sjekk beløpet.</translation>
    </message>
    <message>
        <source>{where} kan ha høyst {decimals} desimaler, ikke {value}.</source>
        <translation>{where} kan ha høgst {decimals} desimalar, ikkje {value}.</translation>
    </message>
    <message>
        <source>{where} må være «rehablogg-tariffs»; dette er ikke en tariffil.</source>
        <translation>{where} må vere «rehablogg-tariffs»; dette er ikkje ei tariffil.</translation>
    </message>
    <message>
        <source>{where} må være 1.x; filen er laget av en nyere rehablogg.</source>
        <translation>{where} må vere 1.x; fila er laga av ein nyare rehablogg.</translation>
    </message>
    <message>
        <source>{where} gjentar navnet på en modell lenger opp; hver modell må ha sitt eget navn.</source>
        <translation>{where} gjentek namnet på ein modell lenger oppe; kvar modell må ha sitt eige namn.</translation>
    </message>
    <message>
        <source>modell «{model}»</source>
        <translation>modell «{model}»</translation>
    </message>
    <message>
        <source>modell «{model}», regel nr. {rule} ({target})</source>
        <translation>modell «{model}», regel nr. {rule} ({target})</translation>
    </message>
    <message>
        <source>modell «{model}», regel nr. {rule}</source>
        <translation>modell «{model}», regel nr. {rule}</translation>
    </message>
    <message>
        <source>{where} har {count} modeller, men høyst {limit} kan sammenlignes side om side; del dem på flere filer.</source>
        <translation>{where} har {count} modellar, men høgst {limit} kan samanliknast side om side; del dei på fleire filer.</translation>
    </message>
    <message>
        <source>{where} har {count} regler, men en modell kan ha høyst {limit}; slå sammen reglene med kategorier eller del modellen.</source>
        <translation>{where} har {count} reglar, men ein modell kan ha høgst {limit}; slå saman reglane med kategoriar eller del modellen.</translation>
    </message>
    <message>
        <source>{where} må være en liste av koder i anførselstegn, for eksempel [{example}].</source>
        <translation>{where} må vere ei liste av kodar i hermeteikn, til dømes [{example}].</translation>
    </message>
    <message>
        <source>{where}: koden {value} finnes ikke i kodeverket {catalogue}.</source>
        <translation>{where}: koden {value} finst ikkje i kodeverket {catalogue}.</translation>
    </message>
    <message>
        <source>{where} kan ikke stå sammen med «category»; en regel gjelder enten én kode eller én kategori.</source>
        <translation>{where} kan ikkje stå saman med «category»; ein regel gjeld anten éin kode eller éin kategori.</translation>
    </message>
    <message>
        <source>{where} mangler; en regel må gjelde en kode («code») eller en kategori («category»).</source>
        <translation>{where} manglar; ein regel må gjelde ein kode («code») eller ein kategori («category»).</translation>
    </message>
    <message>
        <source>{where} mangler; en regel må ha «fee», «rate_per_block» eller «rate_per_minute» (skriv fee = 0 for en regel som ikke betaler).</source>
        <translation>{where} manglar; ein regel må ha «fee», «rate_per_block» eller «rate_per_minute» (skriv fee = 0 for ein regel som ikkje betaler).</translation>
    </message>
    <message>
        <source>{where} kan ikke stå sammen med «rate_per_block»; velg én tidsbetaling.</source>
        <translation>{where} kan ikkje stå saman med «rate_per_block»; vel éi tidsbetaling.</translation>
    </message>
    <message>
        <source>{where} gir bare mening sammen med «rate_per_block».</source>
        <translation>{where} gir berre meining saman med «rate_per_block».</translation>
    </message>
    <message>
        <source>{where} gir bare mening sammen med «rate_per_block» eller «rate_per_minute».</source>
        <translation>{where} gir berre meining saman med «rate_per_block» eller «rate_per_minute».</translation>
    </message>
    <message>
        <source>{where} gir bare mening sammen med per_participant = true.</source>
        <translation>{where} gir berre meining saman med per_participant = true.</translation>
    </message>
    <message>
        <source>{where} gir bare mening sammen med travel = &quot;separate&quot;.</source>
        <translation>{where} gir berre meining saman med travel = &quot;separate&quot;.</translation>
    </message>
    <message>
        <source>{where} ({valid_to}) ligger før «valid_from» ({valid_from}).</source>
        <translation>{where} ({valid_to}) ligg før «valid_from» ({valid_from}).</translation>
    </message>
    <message>
        <source>{where}: gyldighetsperioden overlapper regel nr. {other} for samme {target}; la den ene slutte dagen før den andre begynner.</source>
        <translation>{where}: gyldigheitsperioden overlappar regel nr. {other} for same {target}; la den eine slutte dagen før den andre byrjar.</translation>
    </message>
    <message>
        <source>{where}: koden {value} står også i «cancelled_codes» og betales aldri; fjern regelen eller koden fra listen.</source>
        <translation>{where}: koden {value} står også i «cancelled_codes» og blir aldri betalt; fjern regelen eller koden frå lista.</translation>
    </message>
</context>
<context>
    <name>toml</name>
    <message>
        <source>{file}: feltet «{key}»</source>
        <translation>{file}: feltet «{key}»</translation>
    </message>
    <message>
        <source>{file}: {table}</source>
        <translation>{file}: {table}</translation>
    </message>
    <message>
        <source>{file}: {table}, feltet «{key}»</source>
        <translation>{file}: {table}, feltet «{key}»</translation>
    </message>
    <message>
        <source>[[{path}]] nr. {index}</source>
        <translation>[[{path}]] nr. {index}</translation>
    </message>
    <message>
        <source>{file} kunne ikke leses ({reason}).</source>
        <translation>{file} kunne ikkje lesast ({reason}).</translation>
    </message>
    <message>
        <source>{file} er ikke lagret som UTF-8; lagre filen som UTF-8 og prøv igjen.</source>
        <translation>{file} er ikkje lagra som UTF-8; lagre fila som UTF-8 og prøv igjen.</translation>
    </message>
    <message>
        <source>{file}: linje {line} er ikke gyldig TOML ({detail}).</source>
        <translation>{file}: linje {line} er ikkje gyldig TOML ({detail}).</translation>
    </message>
    <message>
        <source>{file} er ikke gyldig TOML ({detail}).</source>
        <translation>{file} er ikkje gyldig TOML ({detail}).</translation>
    </message>
    <message>
        <source>{file} er ikke en TOML-fil rehablogg kan lese (for dyp nesting eller for lange tall).</source>
        <translation>{file} er ikkje ei TOML-fil rehablogg kan lese (for djup nesting eller for lange tal).</translation>
    </message>
    <message>
        <source>{where} mangler; legg det til.</source>
        <translation>{where} manglar; legg det til.</translation>
    </message>
    <message>
        <source>{where} er ukjent; sjekk stavemåten (kjente felt er {allowed}).</source>
        <translation>{where} er ukjent; sjekk stavemåten (kjende felt er {allowed}).</translation>
    </message>
    <message>
        <source>{where} må være en tekst i anførselstegn, ikke {value}.</source>
        <translation>{where} må vere ein tekst i hermeteikn, ikkje {value}.</translation>
    </message>
    <message>
        <source>{where} kan ikke være tomt.</source>
        <translation>{where} kan ikkje vere tomt.</translation>
    </message>
    <message>
        <source>{where} må være true eller false, ikke {value}.</source>
        <translation>{where} må vere true eller false, ikkje {value}.</translation>
    </message>
    <message>
        <source>{where} må være et heltall uten anførselstegn, ikke {value}.</source>
        <translation>{where} må vere eit heiltal utan hermeteikn, ikkje {value}.</translation>
    </message>
    <message>
        <source>{where} må være et positivt heltall uten anførselstegn, ikke {value}.</source>
        <translation>{where} må vere eit positivt heiltal utan hermeteikn, ikkje {value}.</translation>
    </message>
    <message>
        <source>{where} må være et heltall fra {low} og opp uten anførselstegn, ikke {value}.</source>
        <translation>{where} må vere eit heiltal frå {low} og oppover utan hermeteikn, ikkje {value}.</translation>
    </message>
    <message>
        <source>{where} må være et heltall fra {low} til {high} uten anførselstegn, ikke {value}.</source>
        <translation>{where} må vere eit heiltal frå {low} til {high} utan hermeteikn, ikkje {value}.</translation>
    </message>
    <message>
        <source>{where} må være et tall fra {low} til {high} uten anførselstegn, ikke {value}.</source>
        <translation>{where} må vere eit tal frå {low} til {high} utan hermeteikn, ikkje {value}.</translation>
    </message>
    <message>
        <source>{where} må være en dato uten klokkeslett og uten anførselstegn, for eksempel 2025-01-01, ikke {value}.</source>
        <translation>{where} må vere ein dato utan klokkeslett og utan hermeteikn, til dømes 2025-01-01, ikkje {value}.</translation>
    </message>
    <message>
        <source>{where} må være en liste av tekster i anførselstegn som ikke er tomme, for eksempel [{example}].</source>
        <translation>{where} må vere ei liste av tekstar i hermeteikn som ikkje er tomme, til dømes [{example}].</translation>
    </message>
    <message>
        <source>{where} kan ikke inneholde {value}; bruk {allowed}.</source>
        <translation>{where} kan ikkje innehalde {value}; bruk {allowed}.</translation>
    </message>
    <message>
        <source>{where} må være {allowed}, ikke {value}.</source>
        <translation>{where} må vere {allowed}, ikkje {value}.</translation>
    </message>
    <message>
        <source>{where} må være en tabell, ikke {value}.</source>
        <translation>{where} må vere ein tabell, ikkje {value}.</translation>
    </message>
    <message>
        <source>{where} må være en liste av tabeller ([[{path}]]).</source>
        <translation>{where} må vere ei liste av tabellar ([[{path}]]).</translation>
    </message>
    <message>
        <source>{where} må ha minst én oppføring.</source>
        <translation>{where} må ha minst éi oppføring.</translation>
    </message>
    <message>
        <source>{where} har {count} oppføringer, men høyst {limit} er tillatt.</source>
        <translation>{where} har {count} oppføringar, men høgst {limit} er tillatne.</translation>
    </message>
    <message>
        <source>eller</source>
        <translation>eller</translation>
    </message>
    <message>
        <source>en liste</source>
        <translation>ei liste</translation>
    </message>
    <message>
        <source>en tabell</source>
        <translation>ein tabell</translation>
    </message>
</context>
</TS>

#!/usr/bin/env bats
# segment: paragraphs, sentences and tokens, with the expected spans.

load common

# spans LANG FIELD TEXT: the FIELD spans segment gives TEXT in language LANG.
spans() {
	record "$1" "$3" | segment | jq -c ".$2"
}

# pieces LANG FIELD TEXT: the same spans as the text they cover.
pieces() {
	record "$1" "$3" | segment |
	    jq -c ". as \$r | [.$2[] | \$r.text[.[0]:.[1]]]"
}

@test "segment: a bad option exits 64 with the usage on stderr" {
	run -64 --separate-stderr segment --bogus
	[[ "$stderr" == *"usage: segment"* ]]
}

@test "segment: French titles and abbreviations do not end sentences" {
	run -0 spans fr sentences "M. Dupont et Mme Durand sont arrivés. MM. Martin aussi."
	assert_output '[[0,37],[38,55]]'
	run -0 spans fr sentences "Né en 52 av. J.-C. à Rome. Mort le 3 janv. 2020."
	assert_output '[[0,26],[27,48]]'
	# a title shortened, an address, before a lowercase word
	run -0 spans fr sentences "Il est prof. de lettres. Il habite bd. de la Liberté."
	assert_output '[[0,24],[25,53]]'
}

@test "segment: initials do not end sentences, in both languages" {
	run -0 spans fr sentences "J.-L. Martin a parlé. Corey S. Powell aussi."
	assert_output '[[0,21],[22,44]]'
}

@test "segment: numbers with spaces, decimal commas, dates and hours stay whole" {
	run -0 spans fr sentences "Il y avait 10 000 manifestants, soit 3,5 % de plus. Rendez-vous le 23.11.2026 à 14 h 30. Fin."
	assert_output '[[0,51],[52,88],[89,93]]'
}

@test "segment: an ellipsis ends a sentence before a capital only" {
	run -0 spans fr sentences "Il hésita… Puis il partit. Il hésita... puis repartit."
	assert_output '[[0,10],[11,26],[27,54]]'
}

@test "segment: a quotation followed by its attribution is one sentence" {
	run -0 spans fr sentences "« Nous ne céderons pas. Jamais ! », a-t-il déclaré. Le ministre a répondu."
	assert_output '[[0,51],[52,74]]'
	run -0 spans en sentences '"Stop. Now!" he shouted. It worked.'
	assert_output '[[0,24],[25,35]]'
}

@test "segment: a closing guillemet after a space stays with its sentence" {
	run -0 pieces fr sentences "« C'est fini. » Le ministre est parti."
	assert_output '["« C'"'"'est fini. »","Le ministre est parti."]'
	run -0 spans fr sentences "« C'est fini. » Le ministre est parti."
	assert_output '[[0,15],[16,38]]'
}

@test "segment: datelines and URLs do not break sentences" {
	run -0 spans fr sentences "PARIS, 23 nov. 2026 (AFP) - Le gouvernement a annoncé une réforme. Voir https://www.example.fr/a.b. Merci."
	assert_output '[[0,66],[67,99],[100,106]]'
}

@test "segment: a headline line is a sentence and a paragraph; blank lines part paragraphs" {
	text=$'Grève au port\nLes dockers ont voté. Ils continuent.\n\nDeuxième paragraphe.'
	run -0 spans fr sentences "$text"
	assert_output '[[0,13],[14,35],[36,51],[53,73]]'
	run -0 spans fr paragraphs "$text"
	assert_output '[[0,13],[14,51],[53,73]]'
}

@test "segment: a strong starter after a lowercase word starts a sentence, a name does not" {
	run -0 pieces fr sentences "Le match était fini Il pleuvait encore. Il vit à La Rochelle depuis."
	assert_output '["Le match était fini","Il pleuvait encore.","Il vit à La Rochelle depuis."]'
	run -0 pieces en sentences "The Power We Are Putting Back. They left."
	assert_output '["The Power We Are Putting Back.","They left."]'
}

@test "segment: a greeting or sign-off ends at its comma before a capital" {
	run -0 pieces en sentences "Hi John, The files are attached. Best regards, Bill"
	assert_output '["Hi John,","The files are attached.","Best regards,","Bill"]'
	run -0 pieces en sentences "In Paris, The Times reported it."
	assert_output '["In Paris, The Times reported it."]'
}

@test "segment: English abbreviations, titles and acronyms" {
	run -0 spans en sentences "Mr. Smith went to Washington. He met Dr. Jones at 3 p.m. on Monday. The U.S. economy grew 2.5 percent."
	assert_output '[[0,29],[30,67],[68,102]]'
	# measures and bodies shortened, before a lowercase word
	run -0 spans en sentences "Sales rose 3 pct. in May. The natl. guard was called."
	assert_output '[[0,25],[26,53]]'
}

@test "segment: a state's abbreviation in a dateline ends nothing; a capital after one still opens a sentence" {
	run -0 pieces en sentences 'SALEM, Ore. (AP) — A bridge closed. He moved to Bend, Ore. He works there.'
	assert_output '["SALEM, Ore. (AP) — A bridge closed.","He moved to Bend, Ore.","He works there."]'
}

@test "segment: an abbreviation that opens a place's name ends nothing" {
	run -0 pieces en sentences 'Flights to Ft. Worth resumed. Climbers reached Mt. Kenya. The wall is 10 ft. High winds blew.'
	assert_output '["Flights to Ft. Worth resumed.","Climbers reached Mt. Kenya.","The wall is 10 ft.","High winds blew."]'
}

@test "segment: plural titles before a list of names end nothing, in both languages" {
	run -0 spans en sentences "It was backed by Sens. Ted Cruz and Ann Lee. Reps. Jim Ford and Drs. Kay Moss agreed."
	assert_output '[[0,44],[45,85]]'
	run -0 spans fr sentences "Le texte est soutenu par MM. Jean Valmont et Paul Arnaud. Mmes Anne Morel et Lise Roy aussi."
	assert_output '[[0,57],[58,92]]'
}

@test "segment: careless web text still splits at ! and ? before lowercase" {
	run -0 spans en sentences "I saw it! you did too? yes."
	assert_output '[[0,9],[10,22],[23,27]]'
}

@test "segment: an amount in a currency sign opens a sentence after a stop, as a digit does" {
	# English lists of figures ($12m - what it paid); French writes the sign after
	run -0 pieces en sentences 'The grant ended in 2004. $12m - what the city paid. €3 - the fee per head.'
	assert_output '["The grant ended in 2004.","$12m - what the city paid.","€3 - the fee per head."]'
	# a sign alone, or after its amount, opens nothing
	run -0 pieces en sentences 'It cost 5 $. then it rose.'
	assert_output '["It cost 5 $. then it rose."]'
}

@test "segment: French tokens: elisions split, inversions, numbers, e-mail, hashtags, URLs" {
	text="L'Azerbaïdjan qu'il aujourd'hui a-t-il 10 000 3,5 % contact@ex.fr #Karabakh https://a.fr/x."
	run -0 pieces fr tokens "$text"
	assert_output '["L'"'"'","Azerbaïdjan","qu'"'"'","il","aujourd'"'"'hui","a-t-il","10 000","3,5","%","contact@ex.fr","#Karabakh","https://a.fr/x","."]'
	run -0 spans fr tokens "$text"
	assert_output '[[0,2],[2,13],[14,17],[17,19],[20,31],[32,38],[39,45],[46,49],[50,51],[52,65],[66,75],[76,90],[90,91]]'
}

@test "segment: elisions split with the typographic apostrophe too" {
	run -0 pieces fr tokens "L’Arménie qu’il jusqu’à aujourd’hui"
	assert_output '["L’","Arménie","qu’","il","jusqu’","à","aujourd’hui"]'
}

@test "segment: English tokens: clitics split, dotted abbreviations whole, punctuation runs" {
	text="Don't say it's John's. U.S. e.g. ... ?! 14:30"
	run -0 pieces en tokens "$text"
	assert_output '["Do","n'"'"'t","say","it","'"'"'s","John","'"'"'s",".","U.S.","e.g.","...","?!","14:30"]'
	run -0 spans en tokens "$text"
	assert_output '[[0,2],[2,5],[6,9],[10,12],[12,14],[15,19],[19,21],[21,22],[23,27],[28,32],[33,36],[37,39],[40,45]]'
}

@test "segment: a regional language tag uses its language's lexicon" {
	run -0 sh -c 'printf "{\"text\":\"Né en 52 av. J.-C. à Rome. Fin.\",\"lang\":\"fr-CA\"}\n" | segment | jq -c .sentences'
	assert_output '[[0,26],[27,31]]'
}

@test "segment: --lang overrides the record's language" {
	run -0 sh -c 'printf "{\"text\":\"Il est né en 52 av. J.-C. à Rome.\",\"lang\":\"en\"}\n" | segment --lang fr | jq -c .sentences'
	assert_output '[[0,33]]'
}

@test "segment: --lexicon adds abbreviations the user needs" {
	lex=$(mkinput lex.yaml 'abbreviations: [Bd.]\n')
	run -0 sh -c 'printf "{\"text\":\"Au 3 Bd. Saint-Michel.\",\"lang\":\"fr\"}\n" | segment --lexicon "$1" | jq -c .tokens' sh "$lex"
	assert_output '[[0,2],[3,4],[5,8],[9,21],[21,22]]'
	run -78 --separate-stderr segment --lexicon /nonexistent.yaml </dev/null
}

@test "segment: a lexicon nested too deep or whose aliases expand without bound exits 78 at once" {
	lex=$(mkinput deep.yaml "abbreviations: $(printf '%.0s[' $(seq 70))x$(printf '%.0s]' $(seq 70))\n")
	run -78 --separate-stderr segment --lexicon "$lex" </dev/null
	assert_equal "$stderr" "segment: $lex:1: nested deeper than 64"
	lex=$(mkinput laughs.yaml "a: &a $(printf '%.0sx' $(seq 2000))\nabbreviations: [$(printf '*a,%.0s' $(seq 300))*a]\n")
	run -78 --separate-stderr segment --lexicon "$lex" </dev/null
	assert_equal "$stderr" "segment: $lex:2:16: 'abbreviations' expands too much (aliases)"
	lex=$(mkinput quoted.yaml "abbreviations: ['[[[', \"{{{\", l'an]\n")
	run -0 sh -c 'printf "{\"text\":\"a\",\"lang\":\"fr\"}\n" | segment --lexicon "$1"' sh "$lex"
}

@test "segment: the reference article: the subheading is its own sentence and paragraph" {
	need_seed
	run -0 sh -c 'to-jsonl "$1" | normalize | segment | jq -r ".text as \$t | .sentences | length, (.[] | \$t[.[0]:.[1]] | select(startswith(\"Demande\")))"' sh "$SEED"
	assert_line --index 0 19
	assert_line --index 1 "Demande de retrait de ses forces armées"
}

@test "segment: spans hold no white space, and tokens lie inside sentences" {
	run -0 sh -c 'to-jsonl "$1"/samples/*.txt | normalize | segment | jq -e ".text as \$t | [.paragraphs[], .sentences[], .tokens[]] | all(\$t[.[0]:.[1]] | test(\"^\\\\S(.*\\\\S)?$\"; \"s\"))"' sh "$TOP"
	assert_output "$(printf 'true\ntrue')"
}

@test "segment: run twice, it replaces its own fields; other fields pass through" {
	in='{"id":"x","n":12345678901234567890,"text":"Un. Deux.","lang":"fr"}'
	run -0 sh -c 'printf "%s\n" "$1" | segment | segment' sh "$in"
	assert_output '{"id":"x","n":12345678901234567890,"text":"Un. Deux.","lang":"fr","paragraphs":[[0,9]],"sentences":[[0,3],[4,9]],"tokens":[[0,2],[2,3],[4,8],[8,9]]}'
}

@test "segment: a record without text exits 65 and names the tool to run first" {
	f=$(mkinput in.jsonl '{"id":"a"}\n')
	run -65 --separate-stderr segment "$f"
	[ "$stderr" = "segment: $f:1: no \"text\" field (run to-jsonl first)" ]
}

@test "segment: English datelines, attributions, numbers and ellipses" {
	run -0 spans en sentences "WASHINGTON, Nov. 23 (Reuters) - The Senate voted on Monday. It passed."
	assert_output '[[0,59],[60,70]]'
	run -0 spans en sentences '"We will not give in," Aubert said. The talks resumed.'
	assert_output '[[0,35],[36,54]]'
	run -0 pieces en sentences 'Sales rose 3.5 percent to $10,000 in Jan. 2026. Profits fell... then recovered. Wait... Really.'
	assert_output '["Sales rose 3.5 percent to $10,000 in Jan. 2026.","Profits fell... then recovered.","Wait...","Really."]'
}

@test "segment: list items start sentences and keep their number" {
	run -0 pieces en sentences $'The plan has three points:\n1. Cut costs.\n2. Hire staff.\nThat is all.'
	assert_output '["The plan has three points:","1. Cut costs.","2. Hire staff.","That is all."]'
	run -0 pieces fr sentences $'Le plan :\n- réduire les coûts ;\n- embaucher.\nFin.'
	assert_output '["Le plan :","- réduire les coûts ;","- embaucher.","Fin."]'
}

@test "segment: items marked 1. 2. or a) b) end before the next marker, on one line or several" {
	run -0 pieces fr sentences $'Deux volets.\n1. Réduire la dette\n2. Investir dans les écoles'
	assert_output '["Deux volets.","1. Réduire la dette","2. Investir dans les écoles"]'
	run -0 pieces en sentences '1) Open the valve 2) wait one minute 3) close it.'
	assert_output '["1) Open the valve","2) wait one minute","3) close it."]'
	run -0 pieces fr sentences 'a. Ouvrir la vanne. b. attendre une minute.'
	assert_output '["a. Ouvrir la vanne.","b. attendre une minute."]'
	run -0 pieces en sentences $'\u2022 9. The ninth point.\n\u2022 10. The tenth point.'
	assert_output '["• 9. The ninth point.","• 10. The tenth point."]'
}

@test "segment: a list run onto one line ends each item before the same bullet, not before a dash in an item" {
	run -0 pieces fr sentences 'À acheter : pain de campagne - lait entier - beurre doux'
	assert_output '["À acheter : pain de campagne - lait entier - beurre doux"]'
	run -0 pieces fr sentences '- Pain de campagne - Lait entier - Beurre doux'
	assert_output '["- Pain de campagne","- Lait entier","- Beurre doux"]'
	run -0 pieces en sentences '* Bring a coat * Check the tickets * Lock the door'
	assert_output '["* Bring a coat","* Check the tickets","* Lock the door"]'
	run -0 pieces en sentences '---- Posted via Example - Free news - Fast servers'
	assert_output '["---- Posted via Example - Free news - Fast servers"]'
}

@test "segment: a list of three items or more run onto one line starts a sentence at each bullet, the first too, in both languages; not an aside between dashes" {
	run -0 pieces fr sentences 'À acheter - Pain de campagne - Lait entier - Beurre doux'
	assert_output '["À acheter","- Pain de campagne","- Lait entier","- Beurre doux"]'
	run -0 pieces en sentences 'Related stories - Markets rally on rate hopes - Oil slips - Gold holds steady'
	assert_output '["Related stories","- Markets rally on rate hopes","- Oil slips","- Gold holds steady"]'
	run -0 pieces fr sentences "Le maire - Jean Dupont - a annoncé la fermeture de l'usine."
	assert_output "[\"Le maire - Jean Dupont - a annoncé la fermeture de l'usine.\"]"
	run -0 pieces en sentences 'The chief executive - Jane Doe - said profits rose.'
	assert_output '["The chief executive - Jane Doe - said profits rose."]'
	# asterisks stress words and mark footnotes as well
	run -0 pieces en sentences 'Great food * Friendly staff * Fair prices'
	assert_output '["Great food * Friendly staff * Fair prices"]'
}

@test "segment: a French semicolon ends a sentence before a word in lowercase, not in brackets, a quotation or a list of names; an English one does not" {
	run -0 pieces fr sentences 'Le conseil a voté le budget ; les travaux commenceront en mars.'
	assert_output '["Le conseil a voté le budget ;","les travaux commenceront en mars."]'
	run -0 pieces fr sentences 'La dose est fixée par le médecin (5 mg ; deux prises par jour) selon le poids.'
	assert_output '["La dose est fixée par le médecin (5 mg ; deux prises par jour) selon le poids."]'
	run -0 pieces fr sentences '« Nous avons voté ; les travaux suivront », a dit le maire.'
	assert_output '["« Nous avons voté ; les travaux suivront », a dit le maire."]'
	run -0 pieces fr sentences 'Sont décédés : Marie Dubois (1931) ; Paul Martin (1928).'
	assert_output '["Sont décédés : Marie Dubois (1931) ; Paul Martin (1928)."]'
	run -0 pieces en sentences 'The council passed the budget; work begins in March.'
	assert_output '["The council passed the budget; work begins in March."]'
}

@test "segment: a heading in capitals run into its text ends before a word capitalised at its start only" {
	run -0 pieces fr sentences "MODE D'EMPLOI Versez le sachet dans un verre d'eau."
	assert_output "[\"MODE D'EMPLOI\",\"Versez le sachet dans un verre d'eau.\"]"
	run -0 pieces fr sentences "CONDITIONS DE L'OFFRE L'abonnement dure un an."
	assert_output "[\"CONDITIONS DE L'OFFRE\",\"L'abonnement dure un an.\"]"
	run -0 pieces fr sentences "CONDITIONS DE L'OFFRE VALABLE EN FRANCE"
	assert_output "[\"CONDITIONS DE L'OFFRE VALABLE EN FRANCE\"]"
	run -0 pieces en sentences 'SHIPPING TERMS Orders leave within two days.'
	assert_output '["SHIPPING TERMS","Orders leave within two days."]'
	run -0 pieces en sentences 'She joined the US HR Department in May.'
	assert_output '["She joined the US HR Department in May."]'
}

@test "segment: a rule of dashes alone between paragraphs is no list item: it ends there" {
	run -0 pieces fr sentences $'Le débat est clos.\n\n--\n\nLa suite commence ici.'
	assert_output '["Le débat est clos.","--","La suite commence ici."]'
	run -0 pieces en sentences $'The debate is over.\n\n-----\n\nThe next part starts here.'
	assert_output '["The debate is over.","-----","The next part starts here."]'
}

@test "segment: a marker that does not follow the item's own does not split it" {
	run -0 pieces fr sentences 'Le plan : 1) réduire la dette 2) investir.'
	assert_output '["Le plan : 1) réduire la dette 2) investir."]'
	run -0 pieces en sentences '1. Add two cups 3. stir well.'
	assert_output '["1. Add two cups 3. stir well."]'
	run -0 pieces en sentences 'He scored 2. Then he left.'
	assert_output '["He scored 2.","Then he left."]'
}

@test "segment: lowercase abbreviations before a number or a lowercase word end nothing" {
	run -0 pieces en sentences 'See p. 12 for the table. Smith and co. were late. It is on 5th st. near the bank.'
	assert_output '["See p. 12 for the table.","Smith and co. were late.","It is on 5th st. near the bank."]'
	run -0 pieces fr sentences 'Voir p. 12 pour le tableau. Il habite au n°. 5 de la rue. Fin.'
	assert_output '["Voir p. 12 pour le tableau.","Il habite au n°. 5 de la rue.","Fin."]'
	run -0 pieces en sentences 'Write to N°. 12 West Road. He lives at sea. Then he left.'
	assert_output '["Write to N°. 12 West Road.","He lives at sea.","Then he left."]'
}

@test "segment: an abbreviation of the economy pages goes on before a lowercase word, ends before a sentence start" {
	run -0 pieces fr sentences "Au 3e trim. selon l'Institut, la dette a crû. Au 2e trim. Les prix ont baissé."
	assert_output '["Au 3e trim. selon l'"'"'Institut, la dette a crû.","Au 2e trim.","Les prix ont baissé."]'
	run -0 pieces en sentences 'In the 3rd qtr. sales rose by half. In the 2nd qtr. The prices fell.'
	assert_output '["In the 3rd qtr. sales rose by half.","In the 2nd qtr.","The prices fell."]'
}

@test "segment: a dotted abbreviation with hyphens (c.-à-d.) and chap. before a number end nothing" {
	run -0 pieces fr sentences 'La loi, c.-à-d. le texte voté, entre en vigueur. Voir le chap. 4 du rapport. Fin.'
	assert_output '["La loi, c.-à-d. le texte voté, entre en vigueur.","Voir le chap. 4 du rapport.","Fin."]'
}

@test "segment: a time that ends a clause before a title ends the sentence; one that opens it does not" {
	run -0 pieces en sentences 'The vote closed at 8 p.m. Ms. Reed then spoke. At 7 a.m. Dr. Lee arrived. It starts at 4 p.m. Berlin time.'
	assert_output '["The vote closed at 8 p.m.","Ms. Reed then spoke.","At 7 a.m. Dr. Lee arrived.","It starts at 4 p.m. Berlin time."]'
}

@test "segment: an ellipsis in brackets is a cut in a quotation, not a stop" {
	run -0 pieces fr sentences '« Nous refusons (...) Cette réforme est injuste », a-t-il dit. Fin.'
	assert_output '["« Nous refusons (...) Cette réforme est injuste », a-t-il dit.","Fin."]'
	run -0 pieces en sentences '"The board [...] rejected the offer [...]" (Reuters). Next.'
	assert_output '["\"The board [...] rejected the offer [...]\" (Reuters).","Next."]'
}

@test "segment: a stop glued between a number or word and a capitalized word or title ends a sentence" {
	run -0 pieces en sentences 'They sold 1,000.That was a record. We met on Monday.Mr. Lee came.'
	assert_output '["They sold 1,000.","That was a record.","We met on Monday.","Mr. Lee came."]'
	run -0 pieces fr sentences 'Ils en ont vendu 1 000.Ce fut un record. Il part lundi.M. Durand reste. Voir 10.JPG.'
	assert_output '["Ils en ont vendu 1 000.","Ce fut un record.","Il part lundi.","M. Durand reste.","Voir 10.JPG."]'
}

@test "segment: the lines of a list of short lines are sentences; a wrapped paragraph's are not" {
	run -0 pieces en sentences $'services\nopening hours\nprices, offers'
	assert_output '["services","opening hours","prices, offers"]'
	run -0 pieces fr sentences $'horaires\nplan du site\ntarifs, abonnements'
	assert_output '["horaires","plan du site","tarifs, abonnements"]'
	run -0 pieces en sentences $'The council voted on Monday to close the old library\nand to open a new one in the spring.'
	assert_output '["The council voted on Monday to close the old library\nand to open a new one in the spring."]'
}

@test "segment: a listed name that ends in ! or ? ends a sentence only before a sentence start" {
	run -0 pieces en sentences 'He won on Jeopardy! in 1990. He works at Yahoo! The pay is good. Great! we won.'
	assert_output '["He won on Jeopardy! in 1990.","He works at Yahoo!","The pay is good.","Great!","we won."]'
	run -0 pieces fr sentences 'Il a gagné à Jeopardy! en 1990. Il travaille chez Yahoo! Le salaire est bon.'
	assert_output '["Il a gagné à Jeopardy! en 1990.","Il travaille chez Yahoo!","Le salaire est bon."]'
	run -0 pieces en sentences 'The consumer group Which? welcomed the fine. Which? Nobody knew.'
	assert_output '["The consumer group Which? welcomed the fine.","Which?","Nobody knew."]'
}

@test "segment: a spaced ellipsis after a full stop opens the next sentence; inside one it goes on" {
	run -0 pieces en sentences 'The record ended. . . . The rest was lost. He paused . . . then spoke.'
	assert_output '["The record ended.",". . . The rest was lost.","He paused . . . then spoke."]'
	run -0 pieces fr sentences 'Le texte s’arrête là. . . . La suite est perdue. Il hésita . . . puis parla.'
	assert_output '["Le texte s’arrête là.",". . . La suite est perdue.","Il hésita . . . puis parla."]'
}

@test "segment: St- names, Pr and Dr titles; URLs and addresses inside sentences" {
	run -0 spans fr sentences "Il habite St-Denis depuis 2010. Le Pr Martin et le Dr Dupont sont venus. Fin."
	assert_output '[[0,31],[32,72],[73,77]]'
	run -0 spans en sentences "See https://example.com/a.html for details. Or e-mail info@example.com. Thanks."
	assert_output '[[0,43],[44,71],[72,79]]'
}

@test "segment: a full stop glued to a capitalized word or a guillemet ends a sentence; a domain does not" {
	run -0 pieces fr sentences "Il est venu en France.Une mission suivra. Le ministre.«C'est clair», dit-il. Voir Newsfeed.Com et 10.JPG."
	assert_output '["Il est venu en France.","Une mission suivra.","Le ministre.","«C'"'"'est clair», dit-il.","Voir Newsfeed.Com et 10.JPG."]'
}

@test "segment: an elision before a quotation mark is a token of its own" {
	run -0 pieces fr tokens "qu'\"il parte\" et l'«union»"
	assert_output '["qu'"'"'","\"","il","parte","\"","et","l'"'"'","«","union","»"]'
}

@test "segment: after a semicolon, a capitalized elision or -ment adverb starts a sentence, a name does not" {
	run -0 pieces fr sentences "Le festival des jeunes ; Qu'est-ce qui change ? Il est typique ; Naturellement, il change. Trois villes ; Clément et Paris."
	assert_output '["Le festival des jeunes ;","Qu'"'"'est-ce qui change ?","Il est typique ;","Naturellement, il change.","Trois villes ; Clément et Paris."]'
}

@test "segment: a straight quote between spaces after a full stop closes the sentence" {
	run -0 pieces fr sentences 'Tu es une bête ! " Les serveurs sont partis. "Enfin" dit-il.'
	assert_output '["Tu es une bête ! \"","Les serveurs sont partis.","\"Enfin\" dit-il."]'
}

@test "segment: two apostrophes or two backquotes are a quotation mark" {
	run -0 pieces en tokens "\`\`Yes,'' he said. ''No.'' I'm 5' 11''."
	assert_output "[\"\`\`\",\"Yes\",\",\",\"''\",\"he\",\"said\",\".\",\"''\",\"No.\",\"''\",\"I\",\"'m\",\"5\",\"'\",\"11\",\"''\",\".\"]"
	run -0 pieces en sentences "''It will take a dog,'' he said. ''I ask.'' Then he left."
	assert_output "[\"''It will take a dog,'' he said.\",\"''I ask.''\",\"Then he left.\"]"
}

@test "segment: a closing guillemet with no quotation open starts the next sentence" {
	run -0 pieces fr sentences "Le groupe est né à Lévis. » Stipe reconnaît son erreur. « Non. » Il part."
	assert_output '["Le groupe est né à Lévis.","» Stipe reconnaît son erreur.","« Non. »","Il part."]'
}

@test "segment: a quotation nothing closes does not hold the paragraph together" {
	run -0 pieces fr sentences "Il a demandé : « Est-ce qu'il y a un poème ? Le site est officiel Il était membre. Fin."
	assert_output '["Il a demandé : « Est-ce qu'"'"'il y a un poème ?","Le site est officiel","Il était membre.","Fin."]'
}

@test "segment: a colon announces what follows, capitalized or not" {
	run -0 pieces fr sentences "Il lui disait : Je vous installe ici. Voici la liste : Paris, Lyon."
	assert_output '["Il lui disait : Je vous installe ici.","Voici la liste : Paris, Lyon."]'
}

@test "segment: a strong starter after a short function word starts no sentence" {
	run -0 pieces fr sentences "Un film accompagné par Ainsi parlait Zarathoustra. Il emporte le synthétiseur Il part."
	assert_output '["Un film accompagné par Ainsi parlait Zarathoustra.","Il emporte le synthétiseur","Il part."]'
}

@test "segment: a capitalized subject pronoun after a French colon starts a sentence" {
	run -0 pieces fr sentences "Au Salon : On a inauguré la salle. Elle cite ses modèles : Camus, Sartre."
	assert_output '["Au Salon :","On a inauguré la salle.","Elle cite ses modèles : Camus, Sartre."]'
	run -0 pieces fr sentences "Voici le programme : Ce soir, un concert."
	assert_output '["Voici le programme :","Ce soir, un concert."]'
	# Not in English, where a capital after a colon is common.
	run -0 pieces en sentences "Note: It was late."
	assert_output '["Note: It was late."]'
}

@test "segment: a determiner after a content word starts a sentence that lost its stop, a title does not" {
	run -0 pieces fr sentences "Un jardin de roses La communauté a son siège ici. Il lit Les Misérables de Hugo."
	assert_output '["Un jardin de roses","La communauté a son siège ici.","Il lit Les Misérables de Hugo."]'
	run -0 pieces en sentences "Awesome bagels The lines are long. She read The Old Man and the Sea."
	assert_output '["Awesome bagels","The lines are long.","She read The Old Man and the Sea."]'
	# French indefinite articles open a glued text as well; English A
	# labels (Plan A)
	run -0 pieces fr sentences "Incendie à Brest Une usine a brûlé dans la nuit de lundi."
	assert_output '["Incendie à Brest","Une usine a brûlé dans la nuit de lundi."]'
	run -0 pieces en sentences "She read Plan A with interest."
	assert_output '["She read Plan A with interest."]'
}

@test "segment: a capitalized word after an address starts a sentence; a mail timestamp stands alone" {
	run -0 pieces en sentences "Email: ann@example.com Site made! Kay Mann 04/26/2001 07:17 AM Will you come? See http://x.org/a or write."
	assert_output '["Email: ann@example.com","Site made!","Kay Mann","04/26/2001 07:17 AM","Will you come?","See http://x.org/a or write."]'
}

@test "segment: a listed abbreviation that spells a noun ends a sentence after an article" {
	run -0 pieces fr sentences "Le corps s'enfonce dans la mer. Identifié, il porte une plume. Rendez-vous mer. 12 nov. à Paris. Voir la fig. 3."
	assert_output '["Le corps s'"'"'enfonce dans la mer.","Identifié, il porte une plume.","Rendez-vous mer. 12 nov. à Paris.","Voir la fig. 3."]'
	run -0 pieces fr tokens "dans la mer. Identifié"
	assert_output '["dans","la","mer",".","Identifié"]'
	# An abbreviation as the first token has no word before it.
	run -0 pieces fr sentences "janv. 2020 fut froid."
	assert_output '["janv. 2020 fut froid."]'
}

@test "segment: --lang gives a record without lang one, for the stages after; a record's own stays" {
	run -0 sh -c 'printf "{\"text\":\"Il pleut.\"}\n{\"text\":\"Yes.\",\"lang\":\"en\"}\n" | segment --lang fr-CA | jq -c .lang'
	assert_output "$(printf '"fr"\n"en"')"
}

@test "segment: a copy without its lexicons exits 78 naming where it looked; DEPECHE_LEXICONS=none runs without" {
	[ ! -d /usr/local/share/depeche/lexicons ] || skip "lexicons installed in /usr/local"
	mkdir -p "$BATS_TEST_TMPDIR/bin"
	cp "$(command -v segment)" "$BATS_TEST_TMPDIR/bin/segment"
	run -78 --separate-stderr env -u DEPECHE_LEXICONS "$BATS_TEST_TMPDIR/bin/segment" </dev/null
	[[ "$stderr" == "segment: no lexicons in $BATS_TEST_TMPDIR/bin/../lexicons, "* ]]
	run -0 --separate-stderr sh -c 'printf "{\"text\":\"Oui.\"}\n" | DEPECHE_LEXICONS=none "$1"' sh "$BATS_TEST_TMPDIR/bin/segment"
	assert_equal "$stderr" "segment: running without lexicons (DEPECHE_LEXICONS=none)"
}

# lexicons_without_model: a copy of the lexicons without segment's boundary
# models, printed as its path: the rules alone.
lexicons_without_model() {
	cp -R "${DEPECHE_LEXICONS:-$TOP/lexicons}" "$BATS_TEST_TMPDIR/lex"
	rm -f "$BATS_TEST_TMPDIR"/lex/*/segment.model
	printf '%s\n' "$BATS_TEST_TMPDIR/lex"
}

@test "segment: the boundary model ends a heading at a bracket or an attachment's mark before a capital; not a list after a colon" {
	run -0 pieces fr sentences "Conditions de vente (hors Corse) Les prix incluent la TVA."
	assert_output '["Conditions de vente (hors Corse)","Les prix incluent la TVA."]'
	run -0 pieces fr sentences "Effets indésirables (voir rubrique 4) Des nausées ont été observées."
	assert_output '["Effets indésirables (voir rubrique 4)","Des nausées ont été observées."]'
	run -0 pieces en sentences "Please see the attached file << File: plan.doc >> Let me know what you think."
	assert_output '["Please see the attached file << File: plan.doc >>","Let me know what you think."]'
	run -0 pieces fr sentences "Il a cité trois villes : Paris, Lyon et Marseille."
	assert_output '["Il a cité trois villes : Paris, Lyon et Marseille."]'
	run -0 pieces en sentences "He named his three heroes: Lincoln, Gandhi and Mandela."
	assert_output '["He named his three heroes: Lincoln, Gandhi and Mandela."]'
	# the rules alone see no stop there
	DEPECHE_LEXICONS=$(lexicons_without_model)
	export DEPECHE_LEXICONS
	run -0 pieces fr sentences "Posologie : La dose habituelle est de deux comprimés par jour."
	assert_output '["Posologie : La dose habituelle est de deux comprimés par jour."]'
	run -0 pieces en sentences "Please see the attached file << File: plan.doc >> Let me know what you think."
	assert_output '["Please see the attached file << File: plan.doc >> Let me know what you think."]'
}

@test "segment: --train learns a boundary model from gold sentences, the same bytes twice, that segment then reads" {
	local gold lex
	gold=$(mkinput gold.jsonl '%s\n' \
	    '{"id":"a","text":"Contact : Merci de répondre. Objet : Le stage commence lundi.","sentences":[[0,9],[10,28],[29,61]]}' \
	    '{"id":"b","text":"Il a vu trois pays : Italie, Grèce et Malte.","sentences":[[0,44]]}')
	run -0 --separate-stderr segment -l fr -m 0 -t "$BATS_TEST_TMPDIR/one.model" "$gold"
	[[ "$stderr" == *"one.model: "*" features learned; segment boundary features 1; lang fr; 3 points, 10 epochs, margin 0" ]]
	[ -z "$output" ]
	run -0 segment -l fr -m 0 -t "$BATS_TEST_TMPDIR/two.model" "$gold"
	cmp "$BATS_TEST_TMPDIR/one.model" "$BATS_TEST_TMPDIR/two.model"
	lex=$(lexicons_without_model)
	cp "$BATS_TEST_TMPDIR/one.model" "$lex/fr/segment.model"
	DEPECHE_LEXICONS=$lex run -0 pieces fr sentences "Contact : Merci de répondre."
	assert_output '["Contact :","Merci de répondre."]'
}

@test "segment: --train says what is wrong: no gold sentences (65), two languages (65), a bad margin (64); a model of other features exits 78" {
	local lex
	run -65 --separate-stderr sh -c 'printf "{\"text\":\"Oui : Non.\"}\n" | segment -l fr -t "$1"' sh "$BATS_TEST_TMPDIR/m"
	assert_equal "$stderr" 'segment: <stdin>:1: no "sentences" to learn from'
	run -65 --separate-stderr sh -c 'printf "%s\n%s\n" "{\"lang\":\"fr\",\"text\":\"Oui.\",\"sentences\":[[0,4]]}" "{\"lang\":\"en\",\"text\":\"Yes.\",\"sentences\":[[0,4]]}" | segment -t "$1"' sh "$BATS_TEST_TMPDIR/m"
	assert_equal "$stderr" 'segment: <stdin>:2: a model learns one language (fr), not en'
	run -64 --separate-stderr segment -m -1 -t "$BATS_TEST_TMPDIR/m"
	assert_equal "$stderr" 'segment: -1: bad margin'
	lex=$(lexicons_without_model)
	cp "$lex/fr/entities.model" "$lex/fr/segment.model"
	run -78 --separate-stderr sh -c 'printf "{\"lang\":\"fr\",\"text\":\"Oui.\"}\n" | DEPECHE_LEXICONS="$1" segment' sh "$lex"
	[[ "$stderr" == "segment: $lex/fr/segment.model: a model for other features (tag-entities features 2;"* ]]
}

@test "segment: a mention, a hashtag or a bullet after a stop opens a sentence, in both languages" {
	run -0 pieces fr sentences "Merci à tous. @Marie tu avais raison. Le vote est clos. #municipales les résultats arrivent."
	assert_output '["Merci à tous.","@Marie tu avais raison.","Le vote est clos.","#municipales les résultats arrivent."]'
	run -0 pieces en sentences "Thanks all. @Ryan you were right. Step one is done. * Add the flour."
	assert_output '["Thanks all.","@Ryan you were right.","Step one is done.","* Add the flour."]'
}

@test "segment: an abbreviated given name before a lowercase particle ends nothing; a careless stop still does, in both languages" {
	run -0 pieces fr sentences "Ch. de Gaulle l'aurait dit. Ph. de Villiers aussi. Il est né à Bordeaux. il pleuvait."
	assert_output "[\"Ch. de Gaulle l'aurait dit.\",\"Ph. de Villiers aussi.\",\"Il est né à Bordeaux.\",\"il pleuvait.\"]"
	run -0 pieces en sentences "The letter was signed by Wm. van Horne in 1885. It was lost at sea. nobody knew."
	assert_output '["The letter was signed by Wm. van Horne in 1885.","It was lost at sea.","nobody knew."]'
}

@test "segment: text hard-wrapped to a width runs its sentences across its line breaks, in both languages; a table's rows stay apart" {
	run -0 spans fr sentences "$(printf '%s\n' "Le président de la République a reçu mardi à l'Élysée" "le Premier ministre et les représentants des syndicats" "CGT et FO pour discuter de la réforme des retraites, qui" "doit être présentée au Conseil des ministres le mois" "prochain. Les discussions ont duré trois heures selon" "l'entourage du chef de l'État, qui a salué un dialogue" "constructif.")"
	assert_output '[[0,228],[229,340]]'
	run -0 spans en sentences "$(printf '%s\n' "The president received the prime minister at the Elysee" "on Tuesday with the representatives of the unions" "CGT and FO to discuss the pension reform, which is" "due to be presented to the cabinet next month. The" "talks lasted three hours, according to aides to" "Macron, who praised a constructive dialogue.")"
	assert_output '[[0,203],[204,300]]'
	run -0 spans en sentences "$(printf '%s\n' "Lokomotiv Moscow 2 Spartak Moscow 1 after extra time" "Dynamo Kiev 3 Shakhtar Donetsk 0 in the first leg" "Zenit St Petersburg 1 CSKA Moscow 1 at the Petrovsky" "Rubin Kazan 0 Krasnodar 2 in front of 20,000 fans")"
	assert_output '[[0,52],[53,102],[103,155],[156,205]]'
}

@test "segment: a common word CLDR lists as an abbreviation ends its sentence with its own period (the Clean Air Act., Log In.)" {
	run -0 sh -c 'printf "%s\n" "{\"text\":\"They broke the Clean Air Act. The fine was paid.\",\"lang\":\"en\"}" | segment | jq -c ".text as \$t | [.tokens[] | \$t[.[0]:.[1]]][5:8], (.sentences | length)"'
	assert_output '["Act",".","The"]
2'
}

@test "segment: a host name with no scheme and its path is one URL token (pic.twitter.com/AbC, lemonde.fr/politique/); a host with no path, or capitals after a dot, are words (Mediapart.fr, U.S./Canada)" {
	run -0 pieces fr tokens "Vidéo pic.twitter.com/PcvodNaCeG et lemonde.fr/politique/x. Le site Mediapart.fr a publié."
	assert_output '["Vidéo","pic.twitter.com/PcvodNaCeG","et","lemonde.fr/politique/x",".","Le","site","Mediapart",".","fr","a","publié","."]'
	run -0 pieces en tokens "See bit.ly/3xYz for the U.S./Canada talks."
	assert_output '["See","bit.ly/3xYz","for","the","U.S.","/","Canada","talks","."]'
}

@test "segment: the plus signs glued to a capitalised word, nothing glued after them, are its own (Canal+, Disney+, C++); not in bac+5 nor A + B" {
	run -0 pieces fr tokens "Sur Canal+ et Disney+, en C++ avec un bac+5, A + B ici."
	assert_output '["Sur","Canal+","et","Disney+",",","en","C++","avec","un","bac","+","5",",","A","+","B","ici","."]'
	run -0 pieces en tokens "Apple TV+ streams it."
	assert_output '["Apple","TV+","streams","it","."]'
}

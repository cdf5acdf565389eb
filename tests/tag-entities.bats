#!/usr/bin/env bats
# tag-entities: labels, keys and values, in French and English.

load common

# ents LANG TEXT [OPTION...]: [label, text] of each entity tag-entities
# finds in TEXT.
ents() {
	local lang=$1 text=$2
	shift 2
	record "$lang" "$text" | segment | tag-entities "$@" |
	    jq -c '[.entities[] | [.label, .text]]'
}

# fields LANG TEXT FILTER: a jq FILTER over the entities.
fields() {
	record "$1" "$2" | segment | tag-entities |
	    jq -c "[.entities[] | $3]"
}

@test "tag-entities: the words of a web page around an article are no names" {
	run -0 entities en $'He spoke on Monday. Photograph: Tom Reyes/AP\nRead more' '[.label, .text]'
	assert_output '[["DATE","Monday"],["PER","Tom Reyes"],["ORG","AP"]]'
	run -0 entities fr $'Le port a rouvert.\nPhotos\nPublicité' '[.label, .text]'
	assert_output '[]'
}

@test "tag-entities: a common noun that French capitalises by convention is no name alone" {
	run -0 entities fr "Le chef de l'État a parlé; la subvention de l'Etat est venue. L'État islamique a frappé." '[.label, .text]'
	assert_output '[["ORG","État islamique"]]'
	run -0 entities fr "Le rapport dénonce des violations des droits de l'Homme dans l'ouest du pays." '[.label, .text]'
	assert_output '[]'
}

@test "tag-entities: the governing bodies of world sport are organisations with one key in both languages, a sentence's first word of their name kept (World Anti-Doping Agency, Agence mondiale antidopage)" {
	run -0 entities en "World Anti-Doping Agency officials said the sample was positive." '[.label, .text, .key]'
	assert_output '[["ORG","World Anti-Doping Agency","org:wada"]]'
	run -0 entities fr "L'Agence mondiale antidopage a saisi le TAS." '[.label, .text, .key]'
	assert_output '[["ORG","Agence mondiale antidopage","org:wada"],["ORG","TAS","org:cas"]]'
}

@test "tag-entities: a common noun French writes as an acronym is no name (un Ehpad, le Smic, les HLM); a large regional daily is an organisation (Le Progrès)" {
	run -0 entities fr "Deux résidents de l'Ehpad sont morts à Vernelles, selon Le Progrès." '[.label, .text]'
	assert_output '[["QUANTITY","Deux résidents"],["LOC","Vernelles"],["ORG","Le Progrès"]]'
	run -0 entities fr "Le Smic augmente, mais les HLM manquent." '[.label, .text]'
	assert_output '[]'
}

@test "tag-entities: a common noun English writes as an acronym is no name (AI, an IPO, GDP, the CEO); a name of the same letters with more words stays one" {
	run -0 entities en "Retailers are turning to AI to cut costs. The chain plans an IPO next year and expects GDP to slow, its CEO said." '[.label, .text]'
	assert_output '[]'
	run -0 entities en "Sky TV and Rolls-Royce signed the deal." '[.label, .text]'
	assert_output '[["ORG","Sky TV"],["ORG","Rolls-Royce"]]'
}

@test "tag-entities: a chamber named by its short form is the organisation" {
	run -0 entities fr "Le texte a été voté à l'Assemblée, puis au Sénat." '[.label, .text, .key]'
	assert_output '[["ORG","Assemblée","org:assemblee"],["ORG","Sénat","org:senatfr"]]'
}

@test "tag-entities: an adjective of the lexicon completes an institution's name; a verb after it does not" {
	run -0 entities fr "Le ministère des Affaires sociales a répondu." '[.label, .text]'
	assert_output '[["ORG","ministère des Affaires sociales"]]'
	run -0 entities fr "Le ministère de la Culture annonce une aide." '[.label, .text]'
	assert_output '[["ORG","ministère de la Culture"]]'
}

@test "tag-entities: an institution's complement runs on across a coordinator and its links where names write their words in lowercase; where they capitalise them, the links after a coordinator open another name" {
	run -0 entities fr "Le ministère de l'Écologie et des Territoires a répondu, comme le ministère des Sports et de la Jeunesse." '[.label, .text]'
	assert_output '[["ORG","ministère de l'"'"'Écologie et des Territoires"],["ORG","ministère des Sports et de la Jeunesse"]]'
	run -0 entities en "The Institute for Marine and Coastal Research and the Department of Labor replied." '[.label, .text]'
	assert_output '[["ORG","Institute for Marine and Coastal Research"],["ORG","Department of Labor"]]'
}

@test "tag-entities: a trade's word that ends a name makes it a company's, and the name before it alone is that company" {
	run -0 entities en "The drugmaker Brannock Pharma recalled the pills. Shares in Brannock fell as Brannock apologised." '[.label, .text]'
	assert_output '[["ORG","Brannock Pharma"],["ORG","Brannock"],["ORG","Brannock"]]'
	run -0 entities fr "Le laboratoire Brannock Pharma rappelle les boîtes. L'action Brannock a chuté et Brannock s'est excusé." '[.label, .text]'
	assert_output '[["ORG","Brannock Pharma"],["ORG","Brannock"],["ORG","Brannock"]]'
	# a person of that name too: the votes settle it
	run -0 entities en "Judith Brannock founded Brannock Pharma in 1990." '[.label, .text]'
	assert_output '[["PER","Judith Brannock"],["ORG","Brannock Pharma"],["DATE","1990"]]'
	# its first word alone too, where more words stand before the trade's
	run -0 entities en "Meridian Health Partners disclosed a breach. Shares of Meridian fell." '[.label, .text]'
	assert_output '[["ORG","Meridian Health Partners"],["ORG","Meridian"]]'
	run -0 entities fr "Corvane Santé Industries a révélé une fuite. L'action Corvane a chuté." '[.label, .text]'
	assert_output '[["ORG","Corvane Santé Industries"],["ORG","Corvane"]]'
	# utilities and railways, whose trade's word the model reads as a surname
	run -0 entities en "Sarah Bentley, chief executive of Calder Water, said the utility would cut leaks." '[.label, .text]'
	assert_output '[["PER","Sarah Bentley"],["ORG","Calder Water"]]'
	run -0 entities en "Commuters blamed Ashby Rail for the delays." '[.label, .text]'
	assert_output '[["ORG","Ashby Rail"]]'
	run -0 entities en "Investigators visited Prairie Line Railroad on Monday." '[.label, .text]'
	assert_output '[["ORG","Prairie Line Railroad"],["DATE","Monday"]]'
	# services, consulting, shipping: trades the model reads as a person's
	run -0 entities en "The contract went to Hollis Dredging Services. A spokesman for Hollis said the firm had followed the rules." '[.label, .text]'
	assert_output '[["ORG","Hollis Dredging Services"],["ORG","Hollis"]]'
	run -0 entities en "She left Marden Consulting in 2019." '[.label, .text]'
	assert_output '[["ORG","Marden Consulting"],["DATE","2019"]]'
	# a place's name before is the company's first word (English: French
	# writes its places after, Eau de Paris)
	run -0 entities en "Severn Vale Water was fined on Thursday." '[.label, .text]'
	assert_output '[["ORG","Severn Vale Water"],["DATE","Thursday"]]'
	run -0 entities en "The Boston-based Calder Communications declined to comment." '[.label, .text]'
	assert_output '[["LOC","Boston"],["ORG","Calder Communications"]]'
}

@test "tag-entities: a name before a comma and an apposition headed by an organisation's noun, set off by a second comma, is an organisation's" {
	run -0 entities fr "Selon Kardel, l'entreprise de transport, les pertes sont lourdes. Kardel se tait." '[.label, .text]'
	assert_output '[["ORG","Kardel"],["ORG","Kardel"]]'
	run -0 entities en "Tarvex, a software company based in Ohio, declined to comment." '[.label, .text]'
	assert_output '[["ORG","Tarvex"],["LOC","Ohio"]]'
	# the head is another noun, or a clause follows a fronted name
	run -0 entities en "Paul Durand, a bank manager, and Dervla, the company's founder, spoke." '[.label, .text]'
	assert_output '[["PER","Paul Durand"],["PER","Dervla"]]'
	run -0 entities fr "À Anzio, le groupe prend le train pour Rome." '[.label, .text]'
	assert_output '[["LOC","Anzio"],["LOC","Rome"]]'
}

@test "tag-entities: a place and a party member's word in one name are a place and a group apart (the Nevada Democrat), not a demonym's compound" {
	# English only: French writes members' words in lowercase
	run -0 entities en "The Oregon Democrat voted no, as did Ohio Republican Sam Booker." '[.label, .text]'
	assert_output '[["LOC","Oregon"],["NORP","Democrat"],["LOC","Ohio"],["NORP","Republican"],["PER","Sam Booker"]]'
	run -0 entities en "Her North American tour ended." '[.label, .text]'
	assert_output '[["MISC","North American"]]'
}

@test "tag-entities: a name before a comma and an apposition headed by a noun of a place, set off by a second comma, is a place's" {
	run -0 entities fr "Les habitants de Kerbiquet, une commune de 2 000 habitants, manifestent." '[.label, .text]'
	assert_output '[["LOC","Kerbiquet"],["QUANTITY","2 000 habitants"]]'
	run -0 entities en "Residents of Casselton, the nearest town, are still waiting." '[.label, .text]'
	assert_output '[["LOC","Casselton"]]'
	run -0 entities en "The spill reached Mirton, a village of 300 people, on Monday." '[.label, .text]'
	assert_output '[["LOC","Mirton"],["QUANTITY","300 people"],["DATE","Monday"]]'
	# the place's noun is another's modifier, or the name a person's
	run -0 entities en "Sarah Jones, a town councillor, and Fiona Hale, the city's mayor, spoke." '[.label, .text]'
	assert_output '[["PER","Sarah Jones"],["PER","Fiona Hale"]]'
}

@test "tag-entities: where names write their words in lowercase, a capitalised institution's head takes its adjective and a complement in lowercase, up to a verb" {
	run -0 entities fr "L'Observatoire régional de la santé publie un bilan. Le Haut Conseil de la santé publique et du climat a répondu." '[.label, .text]'
	assert_output '[["ORG","Observatoire régional de la santé"],["ORG","Haut Conseil de la santé publique et du climat"]]'
	run -0 entities fr "Le Comité mondial de la voile de l'ONU se réunit à Genève." '[.label, .text]'
	assert_output '[["ORG","Comité mondial de la voile de l'"'"'ONU"],["LOC","Genève"]]'
	# the head in lowercase is a common noun, and needs a complement
	run -0 entities fr "Le conseil de son avocat était clair. Le logiciel Tarvo Office plante." 'select(.label == "ORG") | .text'
	assert_output '[]'
}

@test "tag-entities: a known place then a given name in one name are a place and a person" {
	run -0 entities fr "Selon le procureur de Perpignan Jean-Luc Morin, l'enquête continue." '[.label, .text]'
	assert_output '[["LOC","Perpignan"],["PER","Jean-Luc Morin"]]'
	run -0 entities en "The mayor of Perpignan Jean-Luc Morin said no." '[.label, .text]'
	assert_output '[["LOC","Perpignan"],["PER","Jean-Luc Morin"]]'
	run -0 entities fr "Paris Hilton est venue." '[.label, .text]'
	assert_output '[["PER","Paris Hilton"]]'
	# a given name the English lists owe to the census's men's names
	run -0 entities en "The mayor of Perpignan Paul Whitcombe said no." '[.label, .text]'
	assert_output '[["LOC","Perpignan"],["PER","Paul Whitcombe"]]'
	# a longer place runs on over the given name
	run -0 entities en "Flights to San Pedro Sula resumed on Monday." '[.label, .text]'
	assert_output '[["LOC","San Pedro Sula"],["DATE","Monday"]]'
	run -0 entities fr "Les vols vers San Pedro Sula ont repris lundi." '[.label, .text]'
	assert_output '[["LOC","San Pedro Sula"],["DATE","lundi"]]'
	# a place that is a given name too splits only where a place is
	# expected: after of, de, in
	run -0 entities en "Mary Kay Henry leads the union." '[.label, .text]'
	assert_output '[["PER","Mary Kay Henry"]]'
	run -0 entities fr "Selon Florence Marie Dubreuil, la loi passera." '[.label, .text]'
	assert_output '[["PER","Florence Marie Dubreuil"]]'
	run -0 entities en "Martin Luther Okafor spoke at the rally." '[.label, .text]'
	assert_output '[["PER","Martin Luther Okafor"]]'
	run -0 entities en "The mayor of Victoria Paul Sims said no." '[.label, .text]'
	assert_output '[["LOC","Victoria"],["PER","Paul Sims"]]'
	run -0 entities fr "Le maire de Nancy Mathieu Klein a refusé." '[.label, .text]'
	assert_output '[["LOC","Nancy"],["PER","Mathieu Klein"]]'
}

@test "tag-entities: an article a quotation mark capitalised is no part of a name; a name that begins with one keeps it" {
	run -0 entities fr "« Les Russes ne sont pas les bienvenus », a-t-il dit." '[.label, .text]'
	assert_output '[["NORP","Russes"]]'
	run -0 entities fr "« L'Otan est en danger », a-t-il dit." '[.label, .text]'
	assert_output '[["ORG","Otan"]]'
	run -0 entities fr "Marine Le Pen a parlé." '[.label, .text]'
	assert_output '[["PER","Marine Le Pen"]]'
}

@test "tag-entities: a known organisation keeps its article where one word would be left without (Le Monde, The Guardian)" {
	run -0 entities fr "Le Monde révèle que la ministre était informée." '[.label, .text]'
	assert_output '[["ORG","Le Monde"]]'
	run -0 entities en "The Guardian reveals that the minister knew." '[.label, .text]'
	assert_output '[["ORG","The Guardian"]]'
	run -0 entities fr "Selon la France insoumise, la loi passera." '[.label, .text]'
	assert_output '[["ORG","France insoumise"]]'
	# after a noun of the press, the model's verb after the name is none
	run -0 entities fr "Le journal Le Monde révèle que la ministre était informée." '[.label, .text]'
	assert_output '[["ORG","Le Monde"]]'
}

@test "tag-entities: a sentence's capitalised The before a known organisation of several words is no part of it; before other names it stays" {
	run -0 entities en "The Conservative Party lost 244 seats." 'select(.label == "ORG") | .text'
	assert_output '["Conservative Party"]'
	run -0 entities en "The Hague will host the talks." '.text'
	assert_output '["The Hague"]'
	# French's articles are no name articles: gone at a sentence's start
	run -0 entities fr "Le Parti socialiste a perdu 30 sièges." 'select(.label == "ORG") | .text'
	assert_output '["Parti socialiste"]'
}

@test "tag-entities: a bad option exits 64 with the usage on stderr" {
	run -64 --separate-stderr tag-entities --bogus
	[[ "$stderr" == *"usage: tag-entities"* ]]
}

@test "tag-entities: a record segment has not seen is a data error (65)" {
	f=$(mkinput in.jsonl '{"text":"Paris"}\n')
	run -65 --separate-stderr tag-entities "$f"
	assert_equal "$stderr" "tag-entities: $f:1: no \"tokens\" (run segment first)"
	f=$(mkinput bad.jsonl '{"text":"abc","tokens":[[0,5]]}\n')
	run -65 --separate-stderr tag-entities "$f"
	[[ "$stderr" == *"$f:1: token 0 [0,5] is empty, out of order or beyond the text" ]]
	f=$(mkinput worse.jsonl '{"text":"abc","tokens":"abc"}\n')
	run -65 --separate-stderr tag-entities "$f"
	[[ "$stderr" == *"$f:1: \"tokens\" is not an array of [start,end] spans" ]]
}

@test "tag-entities: sentences out of order or beyond the text are a data error (65)" {
	f=$(mkinput order.jsonl '{"text":"Paris est loin.","sentences":[[0,15],[2,5]],"tokens":[[0,5]]}\n')
	run -65 --separate-stderr tag-entities -l fr "$f"
	assert_equal "$stderr" "tag-entities: $f:1: sentence 1 [2,5] is empty, out of order or beyond the text"
	f=$(mkinput none.jsonl '{"text":"Paris est loin.","sentences":[],"tokens":[[0,5]]}\n')
	run -65 --separate-stderr tag-entities -l fr "$f"
	assert_equal "$stderr" "tag-entities: $f:1: tokens, but no sentences (run segment again)"
}

@test "tag-entities: -k reports a bad record and goes on" {
	f=$(mkinput in.jsonl '{"text":"x"}\n{"text":"Paris","lang":"fr","tokens":[[0,5]]}\n')
	run -65 --separate-stderr tag-entities -k "$f"
	assert_equal "$(printf '%s\n' "$output" | jq -c '.entities[0].key')" '"geonames:2988507"'
}

@test "tag-entities: persons, places and organisations in French" {
	run -0 ents fr "Le président Emmanuel Macron a rencontré Olaf Scholz à Berlin. Selon l'ONU, la Banque mondiale est prudente."
	assert_output '[["PER","Emmanuel Macron"],["PER","Olaf Scholz"],["LOC","Berlin"],["ORG","ONU"],["ORG","Banque mondiale"]]'
}

@test "tag-entities: persons, places and organisations in English" {
	run -0 ents en "President Joe Biden met Rishi Sunak in London. The Ministry of Defence said nothing."
	assert_output '[["PER","Joe Biden"],["PER","Rishi Sunak"],["LOC","London"],["ORG","Ministry of Defence"]]'
}

@test "tag-entities: titles stay out of person names" {
	run -0 ents fr "Le ministre, M. Hervé Lamotte, a parlé à l'AFP Mme Sandrine Aubert."
	assert_output '[["PER","Hervé Lamotte"],["ORG","AFP"],["PER","Sandrine Aubert"]]'
}

@test "tag-entities: the offices of legislatures and local councils (Delegate, Assemblywoman, Alderman, Trustee) are titles, out of the name; French writes them in lowercase" {
	run -0 ents en '"The audit was a whitewash," said Delegate Nora Pike, a Democrat.'
	assert_output '[["PER","Nora Pike"],["NORP","Democrat"]]'
	run -0 ents en 'The motion was tabled by Assemblywoman Rita Okoro and Alderman Ben Tull.'
	assert_output '[["PER","Rita Okoro"],["PER","Ben Tull"]]'
	run -0 ents en 'The board heard from Trustee Lena Marsh on Monday.'
	assert_output '[["PER","Lena Marsh"],["DATE","Monday"]]'
	# an office word that opens an organisation's name stays in it
	run -0 ents en 'The Trustee Savings Bank closed its branches.'
	assert_output '[["ORG","Trustee Savings Bank"]]'
	run -0 ents fr "La conseillère municipale Nora Pike a démissionné."
	assert_output '[["PER","Nora Pike"]]'
}

@test "tag-entities: MISC names, and demonyms as NORP with the country's key" {
	run -0 fields fr "Les Français ont regardé la Coupe du monde de football. Des responsables britanniques sont venus." '[.label, .text, .key]'
	assert_output '[["NORP","Français","iso:FR"],["MISC","Coupe du monde de football",null],["NORP","britanniques","iso:GB"]]'
	run -0 fields en "British and German officials met." '[.label, .text, .key]'
	assert_output '[["NORP","British","iso:GB"],["NORP","German","iso:DE"]]'
}

@test "tag-entities: the same place has the same key in both languages" {
	run -0 fields fr "Ils sont arrivés à Bakou puis à Erevan." '.key'
	assert_output '["geonames:587084","geonames:616052"]'
	run -0 fields en "The talks took place in Baku and in Yerevan." '.key'
	assert_output '["geonames:587084","geonames:616052"]'
}

@test "tag-entities: dates with ISO 8601 values, in French" {
	run -0 fields fr "Le 1er déc. 2025, lundi, puis en novembre 2020, dans les années 1990, le 2026-11-24 et le 23/11/2026, hier, en 2020." '[.text, .value]'
	assert_output '[["1er déc. 2025","2025-12-01"],["lundi",null],["novembre 2020","2020-11"],["les années 1990","1990/1999"],["2026-11-24","2026-11-24"],["23/11/2026","2026-11-23"],["2020","2020"]]'
}

@test "tag-entities: a dateline's place and agency" {
	run -0 fields fr "PARIS, 24 nov. 2026 (AFP) - Le trafic reste perturbé." '[.label, .text, .key]'
	assert_output '[["LOC","PARIS","geonames:2988507"],["DATE","24 nov. 2026",null],["ORG","AFP","org:afp"]]'
	run -0 fields en "NEW YORK (Reuters) - Shares fell." '[.label, .text, .key]'
	assert_output '[["LOC","NEW YORK","geonames:5128581"],["ORG","Reuters","org:reuters"]]'
	run -0 fields fr "MARSEILLE, 23 nov. 2026 - Les dockers ont voté." '[.label, .text, .key]'
	assert_output '[["LOC","MARSEILLE","geonames:2995469"],["DATE","23 nov. 2026",null]]'
	run -0 fields en "NEW YORK, Dec. 1 - Shares fell on Monday." 'select(.label == "LOC") | [.label, .text, .key]'
	assert_output '[["LOC","NEW YORK","geonames:5128581"]]'
	# a place in capitals and a rule (| – —), if the gazetteer knows it
	run -0 fields fr "DUBAÏ | Le ministre a annoncé une coopération." '[.label, .text, .key]'
	assert_output '[["LOC","DUBAÏ","geonames:292223"]]'
	run -0 fields en "LYON — The mayor said the bridge would reopen." '[.label, .text, .key]'
	assert_output '[["LOC","LYON","geonames:2996944"]]'
	# a hyphen too before a sentence in small letters, not before the
	# capitals of a sports or market headline (SOCCER - SHEARER…)
	run -0 fields fr "NANTES - Un incendie a détruit un entrepôt mardi." 'select(.label == "LOC") | [.label, .text]'
	assert_output '[["LOC","NANTES"]]'
	run -0 fields en "DENVER - A storm closed the airport on Sunday." 'select(.label == "LOC") | [.label, .text]'
	assert_output '[["LOC","DENVER"]]'
	run -0 fields en "NATO — The alliance said it would meet." '[.label, .text]'
	assert_output '[["ORG","NATO"]]'
	# in title case, the capitalised words before the agency's bracket
	run -0 fields en "Denver (AP) — Snow closed the schools." '[.label, .text]'
	assert_output '[["LOC","Denver"],["ORG","AP"]]'
	run -0 fields fr "Grenoble (AFP) - Les secours sont intervenus." '[.label, .text]'
	assert_output '[["LOC","Grenoble"],["ORG","AFP"]]'
}

@test "tag-entities: a date's month and day are digits only" {
	run -0 fields fr "Le code 2026-1a, puis le 2026-11-2b." '[.text, .value]'
	assert_output '[["2026","2026"],["2026-11","2026-11"]]'
}

@test "tag-entities: dates with ISO 8601 values, in English" {
	run -0 fields en "On Monday, Nov. 23, 2026, after the 1990s and March 2024, and 11/23/2026." '[.label, .text, .value]'
	assert_output '[["DATE","Monday",null],["DATE","Nov. 23, 2026","2026-11-23"],["DATE","the 1990s","1990/1999"],["DATE","March 2024","2024-03"],["DATE","11/23/2026","2026-11-23"]]'
}

@test "tag-entities: quantities with their counted noun, number words and bounds" {
	run -0 fields fr "Il y aurait plus de 10 000 membres, six citoyens, quatre-vingt-dix policiers et 200 systèmes de mortier." '[.label, .text, .value, .approx]'
	assert_output '[["QUANTITY","plus de 10 000 membres",10000,"gt"],["QUANTITY","six citoyens",6,null],["QUANTITY","quatre-vingt-dix policiers",90,null],["QUANTITY","200 systèmes de mortier",200,null]]'
	run -0 fields en "More than 2,000 soldiers and twenty-one tanks." '[.text, .value, .approx]'
	assert_output '[["More than 2,000 soldiers",2000,"gt"],["twenty-one tanks",21,null]]'
}

@test "tag-entities: a noun language identification holds as a common word is counted when counted_nouns lists it, in both languages" {
	run -0 ents fr "Environ 300 personnes ont défilé, dont des élus."
	assert_output '[["QUANTITY","Environ 300 personnes"]]'
	run -0 ents en "The club has 400 members and was founded 12 years ago."
	assert_output '[["QUANTITY","400 members"],["QUANTITY","12 years"]]'
	# other common words after a number stay out
	run -0 ents fr "Il en a vu 12 dans la rue."
	assert_output '[]'
	run -0 ents en "He saw 12 of them."
	assert_output '[]'
}

@test "tag-entities: money and percentages with values and currencies" {
	run -0 fields fr "Le budget atteint 1,5 million d'euros, soit près de 200 000 dollars, et 3,5 % de plus." '[.label, .text, .value, .currency]'
	assert_output '[["MONEY","1,5 million d'"'"'euros",1500000,"EUR"],["MONEY","près de 200 000 dollars",200000,"USD"],["PERCENT","3,5 %",3.5,null]]'
	run -0 fields en "It cost \$2.5 billion, up 12 percent, and 1,000.5 pounds." '[.label, .value, .currency]'
	assert_output '[["MONEY",2500000000,"USD"],["PERCENT",12,null],["MONEY",1000.5,"GBP"]]'
}

@test "tag-entities: the reference article's entities, with their labels" {
	need_seed
	out=$(to-jsonl -l fr "$SEED" | normalize | segment | tag-entities |
	    jq -c '[.entities[] | [.label, .text]] | unique | .[]')
	for want in '["LOC","Azerbaïdjan"]' '["LOC","Karabakh"]' \
	    '["LOC","Bakou"]' '["LOC","Arménie"]' '["LOC","Erevan"]' \
	    '["LOC","Tbilissi"]' '["LOC","Géorgie"]' \
	    '["ORG","ministère de la Défense"]' \
	    '["ORG","ministère de l'"'"'Intérieur"]' \
	    '["ORG","ministère azerbaïdjanais de la Défense"]' \
	    '["NORP","azerbaïdjanais"]' '["NORP","arméniens"]' \
	    '["NORP","russe"]' '["DATE","novembre 2020"]' \
	    '["DATE","les années 1990"]' \
	    '["QUANTITY","plus de 10 000 membres"]' \
	    '["QUANTITY","plus de 100 chars"]' '["QUANTITY","six citoyens"]'; do
		grep -qxF "$want" <<<"$out" || fail "missing $want"
	done
}

@test "tag-entities: a user's place is known in the profile's other forms of its first word, over a compiled image" {
	lex=$(mkinput user.yaml 'LOC: |\n  Saint Glinwood | x:1\n')
	run -0 sh -c "printf '%s' 'They moved to St. Glinwood, then to St Glinwood.' | jq -Rsc '{lang: \"en\", text: .}' | segment | tag-entities --lexicon '$lex' | jq -c '[.entities[] | [.label, .text, .key]]'"
	assert_output '[["LOC","St. Glinwood","x:1"],["LOC","St Glinwood","x:1"]]'
}

@test "tag-entities: the user's names win over the model" {
	lex=$(mkinput user.yaml 'ORG: |\n  Haut-Karabakh | region:hk\n  Marseille-Fos\n')
	run -0 ents fr "Le Haut-Karabakh et Marseille-Fos." --lexicon "$lex"
	assert_output '[["ORG","Haut-Karabakh"],["ORG","Marseille-Fos"]]'
	run -0 fields fr "Le Haut-Karabakh." '.key'
	assert_output '[null]'
}

@test "tag-entities: an office of the user's lexicon stays out of a person's name, as the built-in ones do" {
	run -0 ents fr "Le Grand Argentier Paul Mervan a parlé."
	assert_output '[["PER","Argentier Paul Mervan"]]'
	lex=$(mkinput user.yaml 'person_titles:\n  - argentier\n')
	run -0 ents fr "Le Grand Argentier Paul Mervan a parlé." --lexicon "$lex"
	assert_output '[["PER","Paul Mervan"]]'
	run -0 ents en "Portreeve Paul Mervan spoke."
	assert_output '[["PER","Portreeve Paul Mervan"]]'
	lex=$(mkinput user.yaml 'person_titles:\n  - portreeve\n')
	run -0 ents en "Portreeve Paul Mervan spoke." --lexicon "$lex"
	assert_output '[["PER","Paul Mervan"]]'
}

@test "tag-entities: a bad lexicon or model is a configuration error (78)" {
	lex=$(mkinput bad.yaml 'ORG:\n  - [a\n')
	run -78 --separate-stderr tag-entities --lexicon "$lex" </dev/null
	[[ "$stderr" == "tag-entities: $lex:"* ]]
	model=$(mkinput bad.model 'not a model')
	run -78 --separate-stderr tag-entities --model "$model" </dev/null
	assert_equal "$stderr" "tag-entities: $model: not a depeche model"
}

@test "tag-entities: other fields pass through byte for byte; reruns are stable" {
	f=$(mkinput in.jsonl '{"n":12345678901234567890,"text":"\\u00c0 Paris.","lang":"fr","x":[1.0e3]}\n')
	run -0 sh -c "segment '$f' | tag-entities | tag-entities"
	assert_output '{"n":12345678901234567890,"text":"\u00c0 Paris.","lang":"fr","x":[1.0e3],"paragraphs":[[0,8]],"sentences":[[0,8]],"tokens":[[0,1],[2,7],[7,8]],"entities":[{"start":2,"end":7,"label":"LOC","text":"Paris","key":"geonames:2988507"}]}'
}

@test "tag-entities: a language without a model says so, and rules still apply" {
	run -0 --separate-stderr sh -c "printf '{\"text\":\"Am 2026-11-24 kamen 300 Leute.\",\"lang\":\"de\"}' | segment | tag-entities | jq -c '[.entities[] | [.label, .text]]'"
	assert_output '[["DATE","2026-11-24"]]'
	assert_equal "$stderr" 'tag-entities: no name model for language "de": names come from lexicons only'
}

@test "tag-entities: --train learns a model that tags what it was taught" {
	train="$BATS_TEST_TMPDIR/train.jsonl"
	for i in 1 2 3 4 5 6 7 8; do
		printf '{"lang":"fr","text":"Zorblax vit à Quuxville depuis %s ans.","entities":[{"start":0,"end":7,"label":"PER"},{"start":14,"end":23,"label":"LOC"}]}\n' "$i"
	done | segment >"$train"
	run -0 --separate-stderr tag-entities --train "$BATS_TEST_TMPDIR/a.model" -e 5 "$train"
	[[ "$stderr" == *"epoch 5: 0 of 64 tokens wrong"* ]]
	tag-entities --train "$BATS_TEST_TMPDIR/b.model" -e 5 "$train" 2>/dev/null
	cmp "$BATS_TEST_TMPDIR/a.model" "$BATS_TEST_TMPDIR/b.model"
	run -0 sh -c "printf '{\"lang\":\"fr\",\"text\":\"Zorblax vit à Quuxville.\"}' | segment | tag-entities -m '$BATS_TEST_TMPDIR/a.model' | jq -c '[.entities[] | [.label, .text]]'"
	assert_output '[["PER","Zorblax"],["LOC","Quuxville"]]'
}

@test "tag-entities: a closed pipe ends quietly" {
	run -0 --separate-stderr sh -c "for i in \$(seq 2000); do echo '{\"text\":\"Paris\",\"lang\":\"fr\",\"tokens\":[[0,5]]}'; done | tag-entities | head -1 >/dev/null"
	assert_equal "$stderr" ""
}

@test "tag-entities: a long number after a decade word is no decade" {
	run -0 fields fr "Dans les années 672138506123, puis les années 1990." '[.label, .text, .value]'
	assert_output '[["DATE","les années 1990","1990/1999"]]'
}

@test "tag-entities: a date in digits before a lowercase noun is a date, not a quantity of it" {
	run entities fr 'Le 03.12.2025 manifestants et policiers.' \
	    '[.label, .text]'
	assert_output '[["DATE","03.12.2025"]]'
	run entities en 'On 12/03/2025 protesters marched.' '[.label, .value]'
	assert_output '[["DATE","2025-12-03"]]'
}

@test "tag-entities: a number right after a name's capitalised word is the name's, a quantity only of a plural" {
	run -0 entities fr "La fusée Vastrel 9 emporte la capsule. À Lyon 300 manifestants ont défilé." 'select(.label == "QUANTITY") | .text'
	assert_output '["300 manifestants"]'
	run -0 entities en "The Vastrel 9 rocket carried it. In Paris 300 people marched." 'select(.label == "QUANTITY") | .text'
	assert_output '["300 people"]'
}

@test "tag-entities: two or more count a plural or a unit; a singular word after them is the verb whose subject they are" {
	run -0 entities fr "Une école sur trois fermera lundi. Les deux ont voté, 40 élèves sont partis et il a parcouru 12 km." 'select(.label == "QUANTITY") | .text'
	assert_output '["40 élèves","12 km"]'
	run -0 entities en "Of the pupils, three stayed and about 200 walked out; 40 buses and ten aircraft were used." 'select(.label == "QUANTITY") | .text'
	assert_output '["40 buses","ten aircraft"]'
	# below two, a singular is counted
	run -0 entities fr "Il a bu 1,5 litre d'eau." 'select(.label == "QUANTITY") | .text'
	assert_output '["1,5 litre"]'
}

@test "tag-entities: four digits of a year before a word are a year unless they count a plural, with no year's marker before them" {
	run -0 ents en "The 2022 budget was cut. Exports in 2021 rose again."
	assert_output '[["DATE","2022"],["DATE","2021"]]'
	run -0 ents fr "Le budget 2022 a baissé. Les mesures de 2021 concernent les retraités."
	assert_output '[["DATE","2022"],["DATE","2021"]]'
	# a plural is counted, unless after a year's preposition or, in
	# English, an article
	run -0 ents en "Almost 1800 dockers went on strike, and 2000 people marched."
	assert_output '[["QUANTITY","Almost 1800 dockers"],["QUANTITY","2000 people"]]'
	run -0 ents fr "Il y avait 2000 chevaux et 1800 bateaux."
	assert_output '[["QUANTITY","2000 chevaux"],["QUANTITY","1800 bateaux"]]'
	run -0 ents en "The 2022 elections were close; in 2021 wages fell."
	assert_output '[["DATE","2022"],["DATE","2021"]]'
	run -0 ents fr "Les 1800 salariés ont voté. En 2021 salaires et prix ont monté."
	assert_output '[["QUANTITY","1800 salariés"],["DATE","2021"]]'
}

@test "tag-entities: an honorific is no part of a name, and the capitalised words after one are a person's" {
	run entities fr 'M. Le Bras a répondu à Mme La Porte.' '[.label, .text]'
	assert_output '[["PER","Le Bras"],["PER","La Porte"]]'
	run entities en 'Mr Abbas told the BBC that Mr Nile would stay.' '[.label, .text]'
	assert_output '[["PER","Abbas"],["ORG","BBC"],["PER","Nile"]]'
	run entities en 'Asked about it, Ms Pelham declined to comment.' '[.label, .text]'
	assert_output '[["PER","Pelham"]]'
	run entities en 'Sir Keir Lanyon and Lord Ashby met.' '[.label, .text]'
	assert_output '[["PER","Keir Lanyon"],["PER","Ashby"]]'
}

@test "tag-entities: honorifics written out (Monsieur, Madame) stay out of a name, but for older text's name with a particle" {
	run entities fr '« Monsieur Garnier invente des chiffres », a répondu Madame Lebreton.' '[.label, .text]'
	assert_output '[["PER","Garnier"],["PER","Lebreton"]]'
	run entities fr 'Madame de Sévigné écrivait à sa fille.' '[.label, .text]'
	assert_output '[["PER","Madame de Sévigné"]]'
}

@test "tag-entities: a French name's particle and the capitalised word after it go on the name an honorific opens, not a known place" {
	run entities fr "M. Paul de Lacroix et Mme Anne d'Ornano sont venus." '[.label, .text]'
	assert_output "[[\"PER\",\"Paul de Lacroix\"],[\"PER\",\"Anne d'Ornano\"]]"
	run entities fr 'M. Paul Durand de Bordeaux a voté contre.' '[.label, .text]'
	assert_output '[["PER","Paul Durand"],["LOC","Bordeaux"]]'
}

@test "tag-entities: a place after the person an honorific names stays a place (Sen. X of Kentucky, M. X de Bordeaux)" {
	run entities en 'Sen. Mitch Morrow of Kentucky said so.' '[.label, .text]'
	assert_output '[["PER","Mitch Morrow"],["LOC","Kentucky"]]'
	run entities fr 'M. Paul Durand de Bordeaux a voté contre.' '[.label, .text]'
	assert_output '[["PER","Paul Durand"],["LOC","Bordeaux"]]'
}

@test "tag-entities: a country is a place whatever it does (NEWS_GUIDE), an organisation with a country's code is not" {
	run entities en 'Latvia beat 3-2 (halftime 1-1) Estonia in their Baltic Cup soccer match on Friday.' '[.label, .text]'
	assert_output '[["LOC","Latvia"],["LOC","Estonia"],["MISC","Baltic Cup"],["DATE","Friday"]]'
	run entities fr "La Lettonie a battu l'Estonie 3-2 en Coupe balte." 'select(.text == "Estonie") | .label'
	assert_output '["LOC"]'
	# the UN has an ISO code, and stays an organisation
	run entities en 'The UN said the talks had stalled.' '[.label, .text]'
	assert_output '[["ORG","UN"]]'
}

@test "tag-entities: an office of several words is a title whatever its capitals; a place after it stays a place" {
	run entities fr 'Le président de la République a reçu les maires.' '[.label, .text]'
	assert_output '[]'
	run entities fr 'Le procureur de la République de Nanterre a ouvert une enquête.' '[.label, .text]'
	assert_output '[["LOC","Nanterre"]]'
	run entities en 'The President of the Republic of Ghana spoke.' '[.label, .text]'
	assert_output '[["LOC","Ghana"]]'
}

@test "tag-entities: an office alone is no entity, and stays out of a person's name" {
	run entities fr 'Selon le Premier ministre, la loi passera.' '[.label, .text]'
	assert_output '[]'
	run entities en 'The Prime Minister spoke.' '[.label, .text]'
	assert_output '[]'
	run entities en 'Prime Minister Alba Norring spoke first.' '[.label, .text]'
	assert_output '[["PER","Alba Norring"]]'
}

@test "tag-entities: one reading per document: a name's mentions take the label most of them have" {
	run entities fr 'Le député Marc Lyon a parlé hier. Lyon a ajouté que le texte passerait.' \
	    'select(.label != "DATE") | [.label, .text]'
	assert_output '[["PER","Marc Lyon"],["PER","Lyon"]]'
	run entities en $'Carlisle wins\nThe mayor, Ann Carlisle, won on Sunday. Carlisle thanked her voters.' \
	    'select(.label != "DATE") | [.label, .text]'
	assert_output '[["PER","Carlisle"],["PER","Ann Carlisle"],["PER","Carlisle"]]'
}

@test "tag-entities: one reading per document: a mention the model left out gets its name's label" {
	run entities fr $'Varenne démissionne\nLucien Varenne a quitté son poste lundi. Selon Varenne, la décision était prise.' \
	    'select(.label != "DATE") | [.label, .text]'
	assert_output '[["PER","Varenne"],["PER","Lucien Varenne"],["PER","Varenne"]]'
	run entities en $'Lindqvist speaks\nThe economist Mara Lindqvist spoke in Oslo. Lindqvist warned of inflation.' \
	    'select(.label != "DATE") | [.label, .text]'
	assert_output '[["PER","Lindqvist"],["PER","Mara Lindqvist"],["LOC","Oslo"],["PER","Lindqvist"]]'
}

@test "tag-entities: an office in lowercase at the start of a model's name is a title: out of it, and the name a person's" {
	run entities fr "Le ministre a rencontré hier le prince Hazmane à Tunis." '[.label, .text]'
	assert_output '[["PER","Hazmane"],["LOC","Tunis"]]'
	run entities en "Crowds cheered for president Hazmane in Tunis." '[.label, .text]'
	assert_output '[["PER","Hazmane"],["LOC","Tunis"]]'
}

@test "tag-entities: the portfolio of a minister is no name, but the complement of another office may be" {
	run entities fr "Le ministre italien de l'Agriculture a rencontré le ministre des Armées à Rome." \
	    'select(.label != "NORP") | [.label, .text]'
	assert_output '[["LOC","Rome"]]'
	run entities en "France's Minister of Agriculture met the Secretary of State in Rome." '[.label, .text]'
	assert_output '[["LOC","France"],["LOC","Rome"]]'
	run entities fr "Le roi de Suède a reçu le président du Sénégal." '[.label, .text]'
	assert_output '[["LOC","Suède"],["LOC","Sénégal"]]'
	# the name after a portfolio of one word, which the model ran into it
	run -0 entities fr "Le ministre de la Justice Alberto Ruiz-Gallardón a présenté le texte." '[.label, .text]'
	assert_output '[["PER","Alberto Ruiz-Gallardón"]]'
	run -0 entities en "The Minister of Justice Alberto Ruiz-Gallardon presented the text." '[.label, .text]'
	assert_output '[["PER","Alberto Ruiz-Gallardon"]]'
	# offices that take their portfolio after à, au, aux; and a secretary
	# of state's after for
	run -0 entities fr "Le ministre délégué aux Transports, Paul Brenier, et la haute-commissaire au Plan, Lise Aubry, sont venus." '[.label, .text]'
	assert_output '[["PER","Paul Brenier"],["PER","Lise Aubry"]]'
	run -0 entities en "The Secretary of State for Energy, Ann Lee, visited the site." '[.label, .text]'
	assert_output '[["PER","Ann Lee"]]'
	# a minister alone: à names where he serves
	run -0 entities fr "Notre ministre à Vienne a protesté." '[.label, .text]'
	assert_output '[["LOC","Vienne"]]'
}

@test "tag-entities: one reading per document: a lone surname of a person named in full is that person, however many mentions the model read as places" {
	run entities fr "Le journaliste Amir Valdoggio a disparu en mars. Le meurtre de Valdoggio a choqué le pays. La mort de Valdoggio reste un mystère. La famille de Valdoggio attend." \
	    'select(.text == "Valdoggio") | .label'
	assert_output '["PER","PER","PER"]'
	run entities en "The journalist Amir Valdoggio vanished in March. The murder of Valdoggio shocked the country. The death of Valdoggio remains a mystery. The family of Valdoggio waits." \
	    'select(.text == "Valdoggio") | .label'
	assert_output '["PER","PER","PER"]'
}

@test "tag-entities: one reading per document: after to, at, à, a name the gazetteer knows as no well-known place is the person the record names so" {
	run entities en 'Dara Okonjo resigned on Monday. The clerks stared at Okonjo. A letter was sent to Okonjo.' \
	    'select(.text == "Okonjo") | .label'
	assert_output '["PER","PER"]'
	run entities fr "Jean Kervadec a démenti lundi. Les juges ont écrit à Kervadec." \
	    'select(.text == "Kervadec") | .label'
	assert_output '["PER"]'
	# Obama: a little-known place (a town in Japan)
	run entities en 'President Obama spoke on Monday, and Obama smiled. The senator lost the vote to Obama.' \
	    'select(.text == "Obama") | .label'
	assert_output '["PER","PER","PER"]'
}

@test "tag-entities: one reading per document: a name after an honorific outvotes the model's readings" {
	run entities en 'Mr Okonjo said he was tired. Okonjo left the room. The clerks stared at Okonjo. A letter was sent to Okonjo.' \
	    'select(.text == "Okonjo") | .label'
	assert_output '["PER","PER","PER","PER"]'
	run entities fr "M. Kervadec a démenti. Kervadec a quitté la salle. Le juge a écrit à Kervadec. La lettre est arrivée à Kervadec." \
	    'select(.text == "Kervadec") | .label'
	assert_output '["PER","PER","PER","PER"]'
}

@test "tag-entities: a place whose first word the profile abbreviates is known in each form, and its abbreviation is no title" {
	run entities en 'Flights to St. Louis and St Albans resumed.' '[.label, .text, .key]'
	assert_output '[["LOC","St. Louis","geonames:4407066"],["LOC","St Albans","geonames:2638867"]]'
	run entities fr 'Le port de St-Nazaire est fermé.' '[.label, .text, .key]'
	assert_output '[["LOC","St-Nazaire","geonames:2977921"]]'
}

@test "tag-entities: a Roman ordinal alone is no name, a reign's or a republic's number in one is" {
	run entities fr "Un ouvrage du XVIIIe siècle et un autre du IVe siècle." '[.label, .text]'
	assert_output '[]'
	run entities fr "Sous la Ve République, Louis Ier fut oublié." '[.label, .text]'
	assert_output '[["MISC","Ve République"],["PER","Louis Ier"]]'
}

@test "tag-entities: an adverb that opens its sentence before a comma is no name; a given name there is" {
	run entities en 'Ultimately, the court ruled against him. Reportedly, aides left. Kelly, who hosts the show, said no.' '[.label, .text]'
	assert_output '[["PER","Kelly"]]'
}

@test "tag-entities: an alias that is a function word alone names nothing, and its other mentions stay words" {
	run entities fr 'Le maire, Paul Duval, dit "La flèche", a gagné. La ville a voté.' '[.label, .text]'
	assert_output '[["PER","Paul Duval"],["MISC","La flèche"]]'
	run entities en 'The captain, Joe Marsh, nicknamed "The wall of steel", retired. The club said so.' '[.label, .text]'
	assert_output '[["PER","Joe Marsh"]]'
}

@test "tag-entities: a first name the model read as a place joins the person's name after it that opens with a middle initial" {
	run entities en 'He praised Vladimir V. Putin and Paris J. Hilton.' '[.label, .text]'
	assert_output '[["PER","Vladimir V. Putin"],["PER","Paris J. Hilton"]]'
	run entities fr 'Il a salué Vladimir V. Poutine à Moscou.' '[.label, .text]'
	assert_output '[["PER","Vladimir V. Poutine"],["LOC","Moscou"]]'
	# not after a place preposition, nor a country's name
	run entities en 'In Paris J. Smith won, and Australia M. Waugh scored.' '[.label, .text]'
	assert_output '[["LOC","Paris"],["PER","J. Smith"],["LOC","Australia"],["PER","M. Waugh"]]'
}

@test "tag-entities: a surname written with its article keeps the article at a sentence's start where the record writes it inside the name" {
	run -0 entities fr "Paul Le Vasseur est arrivé à Lyon. Le Vasseur a parlé longtemps." '[.label, .text]'
	assert_output '[["PER","Paul Le Vasseur"],["LOC","Lyon"],["PER","Le Vasseur"]]'
	# without the name in full, the article is the sentence's own
	run -0 entities fr "La Vasserie a voté contre." '[.label, .text]'
	assert_output '[["LOC","Vasserie"]]'
}

@test "tag-entities: one reading per document: every lone mention of a surname of a person named in full is that person, those the model read so and those it left out" {
	run entities en "Campaign chief Paul Brandfort told friends he was calm. It is unclear whether Trump knew that Brandfort's work was legal. Brandfort may stay on. Aides undermined whatever authority Brandfort had. Brandfort was in the office. Brandfort smiled. Critics defended Brandfort." \
	    'select(.text == "Brandfort") | .label'
	assert_output '["PER","PER","PER","PER","PER","PER"]'
	run entities fr "Le directeur de campagne Paul Brandfort a rassuré ses amis. On ignore si Trump savait que le travail de Brandfort était légal. Brandfort pourrait rester. Les proches ont sapé l'autorité de Brandfort. Brandfort était au bureau. Brandfort a souri. Ses critiques ont défendu Brandfort." \
	    'select(.text == "Brandfort") | .label'
	assert_output '["PER","PER","PER","PER","PER","PER"]'
}

@test "tag-entities: an acronym of the lexicons is known with periods too" {
	run entities en 'Officials said the U.S. and the U.K. would back the U.N. plan.' '[.label, .text, .key]'
	assert_output '[["LOC","U.S.","iso:US"],["LOC","U.K.","iso:GB"],["ORG","U.N.","org:un"]]'
	run entities fr "Les États-Unis et l'O.N.U. ont voté." '[.label, .text, .key]'
	assert_output '[["LOC","États-Unis","iso:US"],["ORG","O.N.U.","org:un"]]'
}

@test "tag-entities: a region the gazetteer's source names with its kind (State of Maine) is known by its name alone, with its key" {
	run -0 entities en "Voters in Maine and Sikkim went to the polls." '[.label, .text, .key]'
	assert_output '[["LOC","Maine","geonames-admin1:US.ME"],["LOC","Sikkim","geonames-admin1:IN.29"]]'
	run -0 entities fr "Les électeurs du Sikkim et du Tripura ont voté." '[.label, .text, .key]'
	assert_output '[["LOC","Sikkim","geonames-admin1:IN.29"],["LOC","Tripura","geonames-admin1:IN.26"]]'
}

@test "tag-entities: in a list of places, a well-known place the model read otherwise is a place too" {
	run entities en 'Turnout in Philadelphia, Pittsburgh, Cleveland, Miami and Tampa matters.' '.label'
	assert_output '["LOC","LOC","LOC","LOC","LOC"]'
	# not in a list of organisations
	run entities en 'Clubs like Arsenal, Liverpool and Everton won.' 'select(.text == "Liverpool") | .label'
	assert_output '["ORG"]'
}

@test "tag-entities: an organisation of the lexicon is an ORG with its key, acronym or long form" {
	run entities fr "Le Medef et la CFDT ont signé avec Pôle emploi, selon l'Insee." '[.label, .text, .key]'
	assert_output '[["ORG","Medef","org:medef"],["ORG","CFDT","org:cfdt"],["ORG","Pôle emploi","org:francetravail"],["ORG","Insee","org:insee"]]'
	run entities en 'The IMF and the Bank of England warned, the TUC said.' '[.label, .text, .key]'
	assert_output '[["ORG","IMF","org:imf"],["ORG","Bank of England","org:boe"],["ORG","TUC","org:tuc"]]'
	# the representative farm unions beside the FNSEA, lowercase words and all
	run entities fr 'Les Jeunes agriculteurs et la Confédération paysanne manifestent.' '[.label, .text, .key]'
	assert_output '[["ORG","Jeunes agriculteurs","org:ja"],["ORG","Confédération paysanne","org:confpaysanne"]]'
	# parties' national bodies, in both languages, share their keys
	run entities en 'Hackers broke into the Democratic National Committee, the RNC said.' '[.label, .text, .key]'
	assert_output '[["ORG","Democratic National Committee","org:dnc"],["ORG","RNC","org:rnc"]]'
	run entities fr 'Le Comité national démocrate a été piraté, selon le RNC.' '[.label, .text, .key]'
	assert_output '[["ORG","Comité national démocrate","org:dnc"],["ORG","RNC","org:rnc"]]'
	# the national dailies and the largest regional ones, an elided
	# article and all
	run entities fr "Il l'a confié à L'Équipe puis à La Voix du Nord." '[.label, .text, .key]'
	assert_output '[["ORG","L'"'"'Équipe","org:lequipe"],["ORG","La Voix du Nord","org:voixdunord"]]'
	# the G20's central banks, in both languages, share their keys
	run entities fr "La Bundesbank et la Banque du Japon ont gardé leurs taux." '[.label, .text, .key]'
	assert_output '[["ORG","Bundesbank","org:bundesbank"],["ORG","Banque du Japon","org:boj"]]'
	run entities en "The Bundesbank and the Bank of Japan kept their rates." '[.label, .text, .key]'
	assert_output '[["ORG","Bundesbank","org:bundesbank"],["ORG","Bank of Japan","org:boj"]]'
	# the stock exchanges of the largest markets, in both languages
	run entities fr "Le titre a chuté à la Bourse de Londres et sur Euronext." '[.label, .text, .key]'
	assert_output '[["ORG","Bourse de Londres","org:lse"],["ORG","Euronext","org:euronext"]]'
	run entities en "The shares fell on the London Stock Exchange and on Euronext." '[.label, .text, .key]'
	assert_output '[["ORG","London Stock Exchange","org:lse"],["ORG","Euronext","org:euronext"]]'
}

@test "tag-entities: the name after a noun of those who work for an employer and its preposition is the employer's, an organisation (chez, at); not a well-known place" {
	run entities fr "Selon Julie Marchal, analyste chez Vexlor, la demande faiblit." '[.label, .text]'
	assert_output '[["PER","Julie Marchal"],["ORG","Vexlor"]]'
	run entities en "Analysts at Brambury estimated the loss at $20 million." '[.label, .text]'
	assert_output --partial '["ORG","Brambury"]'
	run entities en "A nurse at Lyon hospital said the ward was full." '[.label, .text]'
	assert_output '[["LOC","Lyon"]]'
}

@test "tag-entities: an acronym among words in capitals is left to the model" {
	run entities en 'THOSE WHO STAYED BEHIND' 'select(.key != null) | .text'
	assert_output '[]'
	run entities en 'The WHO said the outbreak was over.' '.key'
	assert_output '["org:who"]'
}

@test "tag-entities: a country's name that is its demonym too is the country" {
	run entities fr "L'Argentine et la Suisse ont voté contre, comme les Italiens." '[.label, .text, .key]'
	assert_output '[["LOC","Argentine","iso:AR"],["LOC","Suisse","iso:CH"],["NORP","Italiens","iso:IT"]]'
	run entities en 'Gibraltar and Djibouti agreed, the Germans said.' '[.label, .text, .key]'
	assert_output '[["LOC","Gibraltar","iso:GI"],["LOC","Djibouti","iso:DJ"],["NORP","Germans","iso:DE"]]'
}

@test "tag-entities: religious and party groups are peoples (NORP), as nouns and adjectives" {
	run entities en 'Muslims and Tories protested, a Republican senator said.' '[.label, .text]'
	assert_output '[["NORP","Muslims"],["NORP","Tories"],["NORP","Republican"]]'
}

@test "tag-entities: an ISO 4217 code before or after an amount is its currency" {
	run entities en 'He paid CHF 20 and 300 CAD, or 5 Canadian dollars.' '[.label, .text, .value, .currency]'
	assert_output '[["MONEY","CHF 20",20,"CHF"],["MONEY","300 CAD",300,"CAD"],["MONEY","5 Canadian dollars",5,"CAD"]]'
	run entities fr 'Il a payé 20 CHF et 300 dollars canadiens, soit EUR 15.' '[.label, .text, .value, .currency]'
	assert_output '[["MONEY","20 CHF",20,"CHF"],["MONEY","300 dollars canadiens",300,"CAD"],["MONEY","EUR 15",15,"EUR"]]'
}

@test "tag-entities: a date keeps its modifiers, a range is one date, a month alone is one" {
	run entities fr 'Début novembre, puis jeudi soir, du 21 au 22 décembre et de 1966 à 1996, en octobre, hier.' '[.text, .value]'
	assert_output '[["Début novembre","--11"],["jeudi soir",null],["21 au 22 décembre","--12-21/--12-22"],["1966 à 1996","1966/1996"],["octobre","--10"]]'
	run entities en 'Last Friday, at the end of January, on 3 to 5 March, in 1999-2013 and in November; May said so yesterday.' 'select(.label == "DATE") | [.text, .value]'
	assert_output '[["Last Friday",null],["end of January","--01"],["3 to 5 March","--03-03/--03-05"],["1999-2013","1999/2013"],["November","--11"]]'
}

@test "tag-entities: a place named as a person's surname keeps its key only after a place preposition" {
	run entities en 'Ben Carson spoke in Carson on Monday. Carson said he had won.' 'select(.text == "Carson") | [.label, .key]'
	assert_output '[["LOC","geonames:5334519"],["PER",null]]'
}

@test "tag-entities: records with no language are counted in one warning at the end" {
	run -0 --separate-stderr sh -c 'printf "{\"text\":\"Paris.\"}\n{\"text\":\"Lyon.\"}\n" | segment | tag-entities'
	assert_equal "$stderr" "tag-entities: 2 records had no language: dates and numbers only, no names"
}

# lexcopy: a copy of the lexicons, without images, in the test's directory.
lexcopy() {
	cp -R "${DEPECHE_LEXICONS:-$TOP/lexicons}" "$BATS_TEST_TMPDIR/lex"
	rm -f "$BATS_TEST_TMPDIR"/lex/*/entities.image
	printf '%s\n' "$BATS_TEST_TMPDIR/lex"
}

# tagged: both samples through segment and tag-entities.
tagged() {
	{ record fr "M. Hervé Lamotte a visité l'ONU à Genève le 3 mars 2026."
	  record en "Rishi Sunak met the BBC in London on 3 March 2026."
	} | segment | tag-entities
}

@test "tag-entities: -C compiles a language, and its image tags as its lexicons do" {
	export DEPECHE_LEXICONS
	DEPECHE_LEXICONS=$(lexcopy)
	run -0 --separate-stderr tagged
	assert_equal "$stderr" ""
	yaml=$output
	run -0 tag-entities -C fr
	run -0 tag-entities --compile en
	[ -s "$DEPECHE_LEXICONS/fr/entities.image" ]
	[ -s "$DEPECHE_LEXICONS/en/entities.image" ]
	run -0 --separate-stderr tagged
	assert_equal "$stderr" ""
	assert_equal "$output" "$yaml"
}

@test "tag-entities: an image older than its lexicons is left for them, and said so" {
	export DEPECHE_LEXICONS
	DEPECHE_LEXICONS=$(lexcopy)
	run -0 tag-entities -C fr
	printf '  Zorglub Holding | org:zorglub\n' \
	    >>"$DEPECHE_LEXICONS/fr/organisations.yaml"
	run -0 --separate-stderr sh -c 'printf "%s\n" "$1" | segment |
	    tag-entities | jq -c "[.entities[] | [.text, .key]]"' sh \
	    "$(record fr "La société Zorglub Holding a parlé.")"
	assert_output '[["Zorglub Holding","org:zorglub"]]'
	assert_equal "$stderr" "tag-entities: $DEPECHE_LEXICONS/fr/entities.image: older than its lexicons; reading the lexicons instead"
	run -0 tag-entities -C fr
	run -0 --separate-stderr sh -c 'printf "%s\n" "$1" | segment |
	    tag-entities | jq -c "[.entities[] | [.text, .key]]"' sh \
	    "$(record fr "La société Zorglub Holding a parlé.")"
	assert_output '[["Zorglub Holding","org:zorglub"]]'
	assert_equal "$stderr" ""
}

@test "tag-entities: a damaged image is left for the lexicons, and said so" {
	export DEPECHE_LEXICONS
	DEPECHE_LEXICONS=$(lexcopy)
	run -0 --separate-stderr tagged
	yaml=$output
	run -0 tag-entities -C fr
	img=$DEPECHE_LEXICONS/fr/entities.image
	printf 'X' | dd of="$img" bs=1 seek=5000 conv=notrunc 2>/dev/null
	run -0 --separate-stderr tagged
	assert_equal "$output" "$yaml"
	assert_equal "$stderr" "tag-entities: $img: corrupt (its hash does not match); reading the lexicons instead"
	: >"$img"
	run -0 --separate-stderr tagged
	assert_equal "$output" "$yaml"
	assert_equal "$stderr" "tag-entities: $img: not a depeche image; reading the lexicons instead"
}

@test "tag-entities: -C with no lexicons exits 66, where it cannot write 73" {
	export DEPECHE_LEXICONS
	DEPECHE_LEXICONS=$(lexcopy)
	run -66 --separate-stderr tag-entities -C xx
	assert_equal "$stderr" "tag-entities: $DEPECHE_LEXICONS/xx: no lexicons to compile"
	mkdir "$DEPECHE_LEXICONS/fr/entities.image.tmp"
	run -73 --separate-stderr tag-entities -C fr
	[[ "$stderr" == "tag-entities: $DEPECHE_LEXICONS/fr/entities.image: "* ]]
	[ ! -e "$DEPECHE_LEXICONS/fr/entities.image" ]
	run -64 tag-entities -C fr -L "$DEPECHE_LEXICONS/fr/entities.yaml"
}

@test "tag-entities: an acronym defined in brackets names its long form, which its mentions share" {
	run -0 fields fr "Le Conseil supérieur de l'audiovisuel (CSA) a sanctionné la chaîne. Le CSA a publié un avis." '[.label, .text]'
	assert_output '[["ORG","Conseil supérieur de l'"'"'audiovisuel"],["ORG","CSA"],["ORG","CSA"]]'
	run -0 fields fr "La République démocratique du Congo (RDC) a voté. En RDC, le vote a eu lieu." '[.label, .text, .key]'
	assert_output '[["LOC","République démocratique du Congo","iso:CD"],["LOC","RDC","iso:CD"],["LOC","RDC","iso:CD"]]'
	run -0 fields en "The Committee to Protect Journalists (CPJ) said reporters were held. CPJ called for their release." '[.label, .text]'
	assert_output '[["ORG","Committee to Protect Journalists"],["ORG","CPJ"],["ORG","CPJ"]]'
	# a bracket that spells nothing is left alone
	run -0 fields fr "Il vit à Paris (France) depuis 2010." '[.label, .text]'
	assert_output '[["LOC","Paris"],["LOC","France"],["DATE","2010"]]'
}

@test "tag-entities: a lexicon organisation of several words wins over a model name that crosses it, not one that extends it before; its article stays out" {
	run -0 ents fr "Le sénateur France insoumise Paul Durand a voté contre."
	assert_output --partial '["ORG","France insoumise"]'
	refute_output --partial '"LOC"'
	run -0 ents fr "La République en marche a perdu son siège."
	assert_output '[["ORG","République en marche"]]'
	run -0 ents fr "Les militants de la France insoumise manifestent."
	assert_output '[["ORG","France insoumise"]]'
	run -0 ents en "The Scottish Labour Party backed the plan."
	assert_output '[["ORG","Scottish Labour Party"]]'
}

@test "tag-entities: a seat of power that acts is the institution, an ORG with its key; after a place preposition it is the place" {
	run -0 entities fr "Le Kremlin a démenti, et la Maison Blanche n'a rien dit. Le ministre est reçu à l'Élysée." '[.label, .text, .key]'
	assert_output '[["ORG","Kremlin","org:kremlin"],["ORG","Maison Blanche","org:whitehouse"],["LOC","Élysée",null]]'
	run -0 entities en "The Kremlin denied it and Downing Street said nothing. The minister was received at the White House." '[.label, .text, .key]'
	assert_output '[["ORG","Kremlin","org:kremlin"],["ORG","Downing Street","org:downingstreet"],["LOC","White House",null]]'
}

@test "tag-entities: a place whose capital is written without its accent is the place, with its key" {
	run -0 entities fr "Les Etats-Unis ont écrit à l'Egypte et à l'Equateur." '[.label, .text, .key]'
	assert_output '[["LOC","Etats-Unis","iso:US"],["LOC","Egypte","iso:EG"],["LOC","Equateur","iso:EC"]]'
	run -0 entities en "The talks moved to Orebro and Ostersund this week." '[.label, .text, .key]'
	assert_output '[["LOC","Orebro","geonames:2686657"],["LOC","Ostersund","geonames:2685750"]]'
}

@test "tag-entities: a broadcaster named after a place with a number is the broadcaster, not the place" {
	run -0 entities fr "Le ministre a déclaré à France 2 puis à Europe 1 qu'il restait." '[.label, .text, .key]'
	assert_output '[["ORG","France 2","org:france2"],["ORG","Europe 1","org:europe1"]]'
	run -0 entities en "The minister told Sky News and Channel 4 that he would stay." '[.label, .text, .key]'
	assert_output '[["ORG","Sky News","org:skynews"],["ORG","Channel 4","org:channel4"]]'
}

@test "tag-entities: a lexicon organisation whose words a hyphen joins is known written with a space too" {
	run -0 entities fr "Selon Météo France, la chaleur durera, et l'Agence France Presse le confirme." '[.label, .text, .key]'
	assert_output '[["ORG","Météo France","org:meteofrance"],["ORG","Agence France Presse","org:afp"]]'
	run -0 entities en "Météo France said the heat would last, Agence France Presse reported." '[.label, .text, .key]'
	assert_output '[["ORG","Météo France","org:meteofrance"],["ORG","Agence France Presse","org:afp"]]'
}

@test "tag-entities: a capitalised article after a list's dash or a dateline's is no part of a well-known place's name" {
	run -0 entities fr $'Le ministre a listé les pays.\n- La Croatie a publié les noms.\n- La Slovénie a suivi.' '[.label, .text]'
	assert_output '[["LOC","Croatie"],["LOC","Slovénie"]]'
	run -0 entities fr '1er août 2012. - La Croatie a publié les noms des fraudeurs.' 'select(.label != "DATE") | [.label, .text]'
	assert_output '[["LOC","Croatie"]]'
	run -0 entities en $'The minister listed the countries.\n- The Netherlands published the names.' '[.label, .text]'
	assert_output '[["LOC","Netherlands"]]'
}

@test "tag-entities: a name in apposition to a noun of the press, a company or a party is an organisation, not a person's after an office" {
	run -0 entities fr "Le quotidien progouvernemental Sabrella a rapporté que le constructeur Zorvalia se tait, comme le parti du président Marlot." '[.label, .text]'
	assert_output '[["ORG","Sabrella"],["ORG","Zorvalia"],["PER","Marlot"]]'
	run -0 entities en "The pro-government daily Sabrella reported that the carmaker Zorvalia was silent, as was the party leader Keir Marlot." '[.label, .text]'
	assert_output '[["ORG","Sabrella"],["ORG","Zorvalia"],["PER","Keir Marlot"]]'
}

@test "tag-entities: a possessive inside an institution's name joins its words, not after a place's or a person's name (English)" {
	run -0 ents en "Talks between the Harwick Nurses' Association and the Teachers' Federation of Dorval broke down, said Canada's Pilots Association."
	assert_output '[["ORG","Harwick Nurses'"'"' Association"],["ORG","Teachers'"'"' Federation of Dorval"],["LOC","Canada"],["ORG","Pilots Association"]]'
}

@test "tag-entities: the names of a list after a plural noun of organisations are organisations, up to the last a coordinator joins, not a person named in full" {
	run -0 entities fr "Le juge a condamné les sociétés Provence Chimie et Durance Raffinage, et les constructeurs Valtrex, Orvane et Kelmor ont fait appel avec le groupe Tessaro et Paul Durand, son fondateur." '[.label, .text]'
	assert_output '[["ORG","Provence Chimie"],["ORG","Durance Raffinage"],["ORG","Valtrex"],["ORG","Orvane"],["ORG","Kelmor"],["ORG","Tessaro"],["PER","Paul Durand"]]'
	run -0 entities en "Shares of the banks Morland Reeve, Ashby and Kessler fell on Friday, as did those of the group Tessaro and Paul Durand, its founder." 'select(.label != "DATE") | [.label, .text]'
	assert_output '[["ORG","Morland Reeve"],["ORG","Ashby"],["ORG","Kessler"],["ORG","Tessaro"],["PER","Paul Durand"]]'
}

@test "tag-entities: a name in apposition to a sports team's noun is an organisation (the Dutch team Lotto Horizon, l'écurie Vantor); in a line in capitals no noun is read as one" {
	run -0 entities en "Marten Sluis rides for the Dutch team Brabo Horizon." '[.label, .text]'
	assert_output '[["PER","Marten Sluis"],["NORP","Dutch"],["ORG","Brabo Horizon"]]'
	run -0 entities fr "Il court pour l'équipe néerlandaise Brabo Horizon depuis 2024." '[.label, .text]'
	assert_output '[["NORP","néerlandaise"],["ORG","Brabo Horizon"],["DATE","2024"]]'
	run -0 entities fr "Le pilote a quitté l'écurie Vantor en juin." '[.label, .text]'
	assert_output '[["ORG","Vantor"],["DATE","juin"]]'
	run -0 entities en "TENNIS - SPAIN, ITALY TEAMS OPEN SEASON IN MADRID." '[.label, .text]'
	refute_output --partial '"OPEN"'
}

@test "tag-entities: a road's number after a road's noun is a place (l'autoroute A64, the A64 motorway), not a person's" {
	run -0 entities fr "Des tracteurs ont bloqué l'autoroute A68 près de Vernelles." '[.label, .text]'
	assert_output '[["LOC","A68"],["LOC","Vernelles"]]'
	run -0 entities fr "La circulation a été déviée par la nationale N21." '[.label, .text]'
	assert_output '[["LOC","N21"]]'
	run -0 entities en "Lorries queued for hours on the M62 motorway after the crash." '[.label, .text]'
	assert_output '[["LOC","M62"]]'
	run -0 entities en "Traffic was diverted onto interstate I95." '[.label, .text]'
	assert_output '[["LOC","I95"]]'
	# a code after no road's noun is none of its doing
	run -0 entities fr "L'avion, un A320, a atterri." '[.label, .text]'
	refute_output --partial '"LOC","A320"'
}

@test "tag-entities: a name in apposition to a noun of a work, a product or a craft is a MISC, not a person's nor an organisation's" {
	run -0 entities fr "La fusée emporte la capsule Vastrel, et le télescope spatial Orvane a vu le film Korsimo." '[.label, .text]'
	assert_output '[["MISC","Vastrel"],["MISC","Orvane"],["MISC","Korsimo"]]'
	run -0 entities en "The rocket carried the spacecraft Vastrel, and the crew watched the film Korsimo." '[.label, .text]'
	assert_output '[["MISC","Vastrel"],["MISC","Korsimo"]]'
	# capitalised, the noun heads a body's name; a person's full name
	# after a work's noun is a person's
	run -0 entities fr "Le Programme alimentaire mondial aide le Mali ; les acteurs de la série Paul Durand et Anne Morel sont venus." '[.label, .text]'
	assert_output '[["ORG","Programme alimentaire mondial"],["LOC","Mali"],["PER","Paul Durand"],["PER","Anne Morel"]]'
}

@test "tag-entities: a name that a word of a place opens or closes is a place, and so is a person's name beside such a word" {
	run -0 entities fr "Il est arrivé à l'Aéroport Paul Morvan puis a rejoint la Gare Anna Delvaux." '[.label, .text]'
	assert_output '[["LOC","Aéroport Paul Morvan"],["LOC","Gare Anna Delvaux"]]'
	run -0 entities en "Protesters gathered outside Halvorsen Tower and flew from John Hale Airport to Mount Vorgnes." '[.label, .text]'
	assert_output '[["LOC","Halvorsen Tower"],["LOC","John Hale Airport"],["LOC","Mount Vorgnes"]]'
}

@test "tag-entities: a word of club_words and an adjective of a town's people after it are a club, an organisation; not a place's name after de, nor a region's" {
	run -0 entities fr "Le club est huitième, à neuf points du Stade brestois et du Stade toulousain, avant un match au Stade de France ; le Bassin parisien est plat." 'select(.label != "QUANTITY") | [.label, .text]'
	assert_output '[["ORG","Stade brestois"],["ORG","Stade toulousain"],["LOC","Stade de France"],["LOC","Bassin parisien"]]'
	# the adjective taken in where the model's name is the club's word
	# alone
	run -0 entities fr "Le Stade rennais recrute un attaquant. Le Racing strasbourgeois cherche un gardien." '[.label, .text]'
	assert_output '[["ORG","Stade rennais"],["ORG","Racing strasbourgeois"]]'
	# a name a word of club_names_first opens is a club's, whatever
	# follows, where the model read a place
	run -0 entities fr "La commission a infligé mercredi un huis clos de deux matchs à l'Olympique de Marseille, après les incidents." 'select(.label == "ORG" or .label == "LOC") | [.label, .text]'
	assert_output '[["ORG","Olympique de Marseille"]]'
}

@test "tag-entities: a named event or period is a MISC, whatever the model made of it, a date's word in it or not" {
	run -0 entities fr "Depuis la guerre froide, le Frexit divise le parti." 'select(.label != "DATE") | [.label, .text]'
	assert_output '[["MISC","guerre froide"],["MISC","Frexit"]]'
	run -0 entities en "Since the Cold War, Frexit has divided the party." 'select(.label != "DATE") | [.label, .text]'
	assert_output '[["MISC","Cold War"],["MISC","Frexit"]]'
	# a day that a word names, the weekday in it: the event, not a date
	run -0 entities en "The senator won four states on Super Tuesday and lost on Friday." '[.label, .text]'
	assert_output '[["QUANTITY","four states"],["MISC","Super Tuesday"],["DATE","Friday"]]'
	run -0 entities fr "Le lundi de Pâques, les magasins restent fermés ; ils rouvrent mardi." '[.label, .text]'
	assert_output '[["MISC","lundi de Pâques"],["DATE","mardi"]]'
}

@test "tag-entities: no name runs across a stop inside a sentence the segmenter left whole, and the word after it opens a sentence" {
	run -0 entities en '“It would be the price the UK would pay for Brexit. This was reported to me,” he said.' 'select(.label != "LOC") | [.label, .text]'
	assert_output '[["MISC","Brexit"]]'
	run -0 entities fr '« Il faut que le gouvernement aide les familles dans cette transition. Des mesures ont été prises », a-t-il dit. Il a promis des mesures.' '[.label, .text]'
	assert_output '[]'
}

@test "tag-entities: a large company of the lexicon is an ORG with its key, unless its one word is a surname too" {
	run -0 entities fr "Sanofi et Stellantis ont embauché, a annoncé la société sur Twitter. Mme Roche a quitté la ville." '[.label, .text, .key]'
	assert_output '[["ORG","Sanofi","org:sanofi"],["ORG","Stellantis","org:stellantis"],["ORG","Twitter","org:twitter"],["PER","Roche",null]]'
	run -0 entities en "Users left Twitter for TikTok, Nvidia and Stellantis said. Ms Roche left town." '[.label, .text, .key]'
	assert_output '[["ORG","Twitter","org:twitter"],["ORG","TikTok","org:tiktok"],["ORG","Nvidia","org:nvidia"],["ORG","Stellantis","org:stellantis"],["PER","Roche",null]]'
}

@test "tag-entities: a ministry named by its portfolio in lowercase is an organisation (NEWS_GUIDE's lowercase official bodies)" {
	run -0 entities fr "Le ministère de l'intérieur et le ministère des affaires étrangères ont répondu." '[.label, .text]'
	assert_output '[["ORG","ministère de l'"'"'intérieur"],["ORG","ministère des affaires étrangères"]]'
	run -0 entities en "The interior ministry and the foreign affairs ministry said nothing." '[.label, .text]'
	assert_output '[["ORG","interior ministry"],["ORG","foreign affairs ministry"]]'
}

@test "tag-entities: an institution named by the place it serves is an organisation, the place in it" {
	run -0 entities fr "Le parquet de Paris et la mairie de Lyon ont saisi le tribunal correctionnel de Nanterre." '[.label, .text]'
	assert_output '[["ORG","parquet de Paris"],["ORG","mairie de Lyon"],["ORG","tribunal correctionnel de Nanterre"]]'
	run -0 entities en "The Paris prosecutor's office and the Boston city council said nothing." '[.label, .text]'
	assert_output '[["ORG","Paris prosecutor'"'"'s office"],["ORG","Boston city council"]]'
}

@test "tag-entities: the peoples of the continents and great regions are NORP, as a country's demonym is" {
	run -0 entities fr "Les Européens et les Africains ont signé, comme les Arabes." '[.label, .text]'
	assert_output '[["NORP","Européens"],["NORP","Africains"],["NORP","Arabes"]]'
	run -0 entities en "Europeans, Africans and Arabs signed the deal." '[.label, .text]'
	assert_output '[["NORP","Europeans"],["NORP","Africans"],["NORP","Arabs"]]'
}

@test "tag-entities: a name does not run across a word of outside_names, the words training names never hold" {
	run -0 ents fr "La Ligue nationale des boulistes a voté."
	assert_output '[["ORG","Ligue nationale des boulistes"]]'
	lex=$(mkinput user.yaml 'outside_names: |-\n  nationale\n')
	run -0 ents fr "La Ligue nationale des boulistes a voté." --lexicon "$lex"
	assert_output '[["ORG","Ligue"]]'
	# (a name no head of organisation_heads makes: the model's)
	run -0 ents en "The Guild of Regional Bakers met."
	assert_output '[["ORG","Guild of Regional Bakers"]]'
	lex=$(mkinput user.yaml 'outside_names: |-\n  of\n')
	run -0 ents en "The Guild of Regional Bakers met." --lexicon "$lex"
	assert_output '[["PER","The Guild"],["ORG","Regional Bakers"]]'
	# the built-in lists: a verb or a pronoun after a name
	run -0 grep -qx '  est' "$TOP/lexicons/fr/outside-names.yaml"
	run -0 grep -qx '  said' "$TOP/lexicons/en/outside-names.yaml"
}

@test "tag-entities: an alias given after a name (dit, known as) and its mentions take the name's label; dit alone is the verb" {
	run -0 ents fr "Le prince Fahd ben Nayef, dit « FBN », a parlé. FBN est rentré."
	assert_output '[["PER","Fahd ben Nayef"],["PER","FBN"],["PER","FBN"]]'
	run -0 ents en 'The banker Robert Kane, known as "RKB", resigned. RKB denied any wrongdoing.'
	assert_output '[["PER","Robert Kane"],["PER","RKB"],["PER","RKB"]]'
	run -0 ents fr "Jean Dupont dit Paris est prêt."
	assert_output '[["PER","Jean Dupont"],["LOC","Paris"]]'
}

@test "tag-entities: a name after a lowercase noun of a place (city of, ville de) is a place with its key; a person in full after one is its owner" {
	run -0 fields en "Police searched homes near the city of Rennes." '[.label, .text, .key]'
	assert_output '[["LOC","Rennes","geonames:2983990"]]'
	run -0 fields fr "Des perquisitions ont eu lieu dans la ville de Rennes." '[.label, .text, .key]'
	assert_output '[["LOC","Rennes","geonames:2983990"]]'
	run -0 ents fr "La police a fouillé le village de Jean Morel."
	assert_output '[["PER","Jean Morel"]]'
	# a natural feature's noun (étang, vallée): French writes it in
	# lowercase, English capitalises it as the name's (Lake Geneva)
	run -0 ents fr "Le tribunal a condamné les usines pour des rejets dans l'étang de Berre."
	assert_output '[["LOC","Berre"]]'
	run -0 ents en "The Port of London Authority said so."
	assert_output '[["ORG","Port of London Authority"]]'
	# the names of a list after a plural
	run -0 ents fr "Les atolls de Mururoa et Fangataufa ont servi."
	assert_output '[["LOC","Mururoa"],["LOC","Fangataufa"]]'
	run -0 ents en "Police raided homes in the towns of Moselle and Kopani."
	assert_output '[["LOC","Moselle"],["LOC","Kopani"]]'	# English puts the noun after the name too (French: no such noun)
	run -0 ents en "Police searched homes in the Moselle region on Tuesday."
	assert_output '[["LOC","Moselle"],["DATE","Tuesday"]]'
}

@test "tag-entities: a company's legal form after a name (plc, Limited, SA, SARL) is part of it, an organisation's" {
	run -0 ents en "Shares fell after Kerry Foods plc made its bid."
	assert_output '[["ORG","Kerry Foods plc"]]'
	run -0 ents en "Copyright The Financial Times Limited."
	assert_output '[["ORG","Financial Times Limited"]]'
	run -0 ents fr "Le contrat a été signé avec Martin Dubois SARL."
	assert_output '[["ORG","Martin Dubois SARL"]]'
}

@test "tag-entities: a name in apposition to a noun of an online platform, a retailer or a giant is an organisation" {
	run -0 ents en "Donations poured into the online fundraising platform Kopani."
	assert_output '[["ORG","Kopani"]]'
	run -0 ents en "The tech giant Marlow cut jobs."
	assert_output '[["ORG","Marlow"]]'
	run -0 ents fr "Le géant américain Marlow supprime des emplois."
	assert_output '[["NORP","américain"],["ORG","Marlow"]]'
}

@test "tag-entities: a US party designation's state is a place, the word none (R-Texas); English only" {
	run entities en 'Sen. Tom Reyes (R-Texas) and Rep. Ann Lowe, D-Ohio, met.' '[.label, .text, .key]'
	assert_output '[["PER","Tom Reyes",null],["LOC","Texas","geonames-admin1:US.TX"],["PER","Ann Lowe",null],["LOC","Ohio","geonames-admin1:US.OH"]]'
	# after the initial, only a place: the word is left to the model
	run entities en 'Veterans marked D-Day in Normandy.' 'select(.text == "Day") | .text'
	assert_output '[]'
	# an abbreviated state, its period glued, is no name, nor the word
	run -0 entities en 'Sen. Tom Reyes (R-Wis.) and Rep. Ann Lowe, D-Nev., met.' '[.label, .text]'
	assert_output '[["PER","Tom Reyes"],["PER","Ann Lowe"]]'
}

@test "tag-entities: a name inside a hyphenated word with a listed affix is tagged, not the word, in both languages" {
	run -0 entities fr "La coalition anti-EI a frappé. Des élus anti-Macron ont rejoint l'ex-PS, puis Emmanuel Macron a parlé de l'anti-Occitanisme." \
	    '[.label, .text, .start, .end]'
	assert_output '[["ORG","EI",18,20],["PER","Macron",45,51],["ORG","PS",69,71],["PER","Emmanuel Macron",78,93]]'
	run -0 ents en "The US-led coalition met pro-Brexit MPs and Iran-backed militias. Anti-Semitism rose."
	assert_output '[["LOC","US"],["MISC","Brexit"],["LOC","Iran"]]'
	# un- negates a demonym: the demonym is tagged, not the word
	run -0 ents en "Critics called the plan un-American."
	assert_output '[["NORP","American"]]'
}

@test "tag-entities: peoples without a state of their own are NORP, in both languages; French lowercase adjectives are none" {
	run -0 ents fr "Washington ne veut pas abandonner les Kurdes, ni les Ouïghours ni les Rohingyas du parti kurde."
	assert_output '[["LOC","Washington"],["NORP","Kurdes"],["NORP","Ouïghours"],["NORP","Rohingyas"]]'
	run -0 ents en "The Kurds and the Uyghurs were not alone; Rohingya refugees fled too."
	assert_output '[["NORP","Kurds"],["NORP","Uyghurs"],["NORP","Rohingya"]]'
}

@test "tag-entities: an acronym the record does not define, spelled by the initials of an organisation's name before it, is that organisation" {
	run -0 entities fr "La Fédération bretonne des producteurs de lait publie un bilan. Les adhérents de la FBPL sont inquiets." '[.label, .text]'
	assert_output '[["ORG","Fédération bretonne des producteurs de lait"],["ORG","FBPL"]]'
	run -0 entities en "The Northern Rivers Conservation Trust sued the firm. NRCT lawyers said the case was strong." '[.label, .text]'
	assert_output '[["ORG","Northern Rivers Conservation Trust"],["ORG","NRCT"]]'
	# not inside a longer name of the model's
	run -0 entities en "The Northern Rivers Conservation Trust sued. The NRCT Annual Lecture was cancelled." '[.label, .text]'
	assert_output '[["ORG","Northern Rivers Conservation Trust"],["ORG","NRCT Annual Lecture"]]'
}

@test "tag-entities: an acronym defined with an apposition in its bracket, and its long form, are one organisation, in both languages" {
	run -0 ents fr "Les militants du Rassemblement pour la justice et la paix (RJP, parti d'opposition) ont défilé. Le RJP a salué le résultat."
	assert_output '[["ORG","Rassemblement pour la justice et la paix"],["ORG","RJP"],["ORG","RJP"]]'
	run -0 ents en "Delegates of the Alliance for Reform and Progress in Moravia (ARPM, a new party) met on Monday. The ARPM said it would run."
	assert_output '[["ORG","Alliance for Reform and Progress in Moravia"],["ORG","ARPM"],["DATE","Monday"],["ORG","ARPM"]]'
}

@test "tag-entities: capitals as the press writes them are places, in both languages" {
	run -0 ents fr "Le ministre s'est rendu à Ryad puis à Abou Dhabi avant de rentrer à Paris."
	assert_output '[["LOC","Ryad"],["LOC","Abou Dhabi"],["LOC","Paris"]]'
	run -0 ents en "The minister flew from Kiev to Abu Dhabi and then to Brasilia."
	assert_output '[["LOC","Kiev"],["LOC","Abu Dhabi"],["LOC","Brasilia"]]'
}

@test "tag-entities: a word of an event, a law or a treaty opening or closing a name makes it MISC, in both languages" {
	run -0 ents fr "Le ministre a évoqué le Traité de Lisbonne et l'Opération Sentinelle à Lyon."
	assert_output '[["MISC","Traité de Lisbonne"],["MISC","Opération Sentinelle"],["LOC","Lyon"]]'
	run -0 ents en "Leaders met at the Osaka Climate Summit to discuss the Lisbon Treaty and the Northern Ireland Protocol."
	assert_output '[["MISC","Osaka Climate Summit"],["MISC","Lisbon Treaty"],["MISC","Northern Ireland Protocol"]]'
}

@test "tag-entities: a little-known place's name that the record uses for a person is that person, in both languages" {
	run -0 ents en "Dana Hudson, a lawyer, met the mayor in Boston. Hudson said the deal was fair, and a pro-Hudson group paid for the ads."
	assert_output '[["PER","Dana Hudson"],["LOC","Boston"],["PER","Hudson"],["PER","Hudson"]]'
	run -0 ents fr "L'avocate Dana Hudson a rencontré le maire à Lyon. Hudson a dit que l'accord était juste, et un groupe pro-Hudson a payé les annonces."
	assert_output '[["PER","Dana Hudson"],["LOC","Lyon"],["PER","Hudson"],["PER","Hudson"]]'
	# the model weighs such a place less: the subject of a verb of saying
	run -0 ents en "Obama said on Monday that he would veto the bill."
	assert_output '[["PER","Obama"],["DATE","Monday"]]'
	# after a place preposition it is the place
	run -0 ents en "The storm damaged homes in Gallup on Sunday."
	assert_output '[["LOC","Gallup"],["DATE","Sunday"]]'
	run -0 ents fr "La tempête a endommagé des maisons à Gallup dimanche."
	assert_output '[["LOC","Gallup"],["DATE","dimanche"]]'
}

@test "tag-entities: a plural honorific before names stays out of them, in both languages" {
	run -0 ents en "The bill was backed by Sens. Ted Cruz and Ann Lee, and Reps. Jim Ford and Kay Moss."
	assert_output '[["PER","Ted Cruz"],["PER","Ann Lee"],["PER","Jim Ford"],["PER","Kay Moss"]]'
	run -0 ents fr "Le texte est soutenu par MM. Jean Valmont et Paul Arnaud, et par Mmes Claire Dubois et Anne Morel."
	assert_output '[["PER","Jean Valmont"],["PER","Paul Arnaud"],["PER","Claire Dubois"],["PER","Anne Morel"]]'
}

@test "tag-entities: a town's name that is the surname of a person the record names in full is that person, unless the record puts it after a place preposition, in both languages" {
	run -0 ents en "Dana Carson, a surgeon, spoke on Monday. Carson said the plan would fail, and aides met in Carson's home."
	assert_output '[["PER","Dana Carson"],["DATE","Monday"],["PER","Carson"],["PER","Carson"]]'
	run -0 ents en "Dana Carson grew up in Carson, California."
	assert_output '[["PER","Dana Carson"],["LOC","Carson"],["LOC","California"]]'
	run -0 ents fr "Le chirurgien Paul Carson a parlé lundi. La campagne de Carson est en difficulté, selon ses proches."
	assert_output '[["PER","Paul Carson"],["DATE","lundi"],["PER","Carson"]]'
	run -0 ents fr "Paul Carson a grandi à Carson, en Californie."
	assert_output '[["PER","Paul Carson"],["LOC","Carson"],["LOC","Californie"]]'
	# a preposition a person takes as well (to, à) does not put the
	# name as a place elsewhere in the record
	run -0 ents en "Dana Carson, a surgeon, spoke on Monday. The moderator turned to Carson, and Carson said the plan would fail."
	assert_output '[["PER","Dana Carson"],["DATE","Monday"],["LOC","Carson"],["PER","Carson"]]'
	run -0 ents fr "Le chirurgien Paul Carson a parlé lundi. La question a été posée à Carson, et Carson a répondu que le plan échouerait."
	assert_output '[["PER","Paul Carson"],["DATE","lundi"],["LOC","Carson"],["PER","Carson"]]'
}

@test "tag-entities: a run of marks (typewriter quotes '' and \`\`) is in no name, in both languages" {
	run -0 ents en "The Fed met on Tuesday. ''Good news for the country,'' the chairman said, and \`\`Ann Lee'' agreed."
	assert_output '[["ORG","Fed"],["DATE","Tuesday"],["PER","Ann Lee"]]'
	run -0 ents fr "La Banque centrale s'est réunie mardi. ''Bonne nouvelle pour le pays'', a dit le gouverneur. Puis ''Anne Morel'' a approuvé."
	assert_output '[["ORG","Banque centrale"],["DATE","mardi"],["PER","Anne Morel"]]'
}

@test "tag-entities: pan-ethnic groups (Latinos, Hispanics) are NORP, not persons or places, in both languages" {
	run -0 ents en "Latino voters backed him; a Latina senator said Latinos and Hispanics were ignored."
	assert_output '[["NORP","Latino"],["NORP","Latina"],["NORP","Latinos"],["NORP","Hispanics"]]'
	run -0 ents fr "Les Latinos et les Hispaniques ont voté pour lui, a dit une Latina."
	assert_output '[["NORP","Latinos"],["NORP","Hispaniques"],["NORP","Latina"]]'
}

@test "tag-entities: an institution named by a capitalised head (Center, Institute, Council) and its complement is one organisation" {
	run -0 ents en "Analysts at the Center for Strategic and International Studies, the Media Research Center for Policy and the News Agency of Nigeria disagreed."
	assert_output '[["ORG","Center for Strategic and International Studies"],["ORG","Media Research Center for Policy"],["ORG","News Agency of Nigeria"]]'
	# a coordinator before an article ends it
	run -0 ents en "The Clinton Foundation and the State Department declined."
	assert_output '[["ORG","Clinton Foundation"],["ORG","State Department"]]'
}

@test "tag-entities: the place a model's name runs on to after an institution is a place of its own, in both languages" {
	run -0 entities fr "Le ministère de la Santé de Kinshasa a démenti." '[.label, .text, .key]'
	assert_output '[["ORG","ministère de la Santé",null],["LOC","Kinshasa","geonames:2314302"]]'
	run -0 entities en "The Ministry of Health of Ukraine denied it." '[.label, .text, .key]'
	assert_output '[["ORG","Ministry of Health",null],["LOC","Ukraine","iso:UA"]]'
}

@test "tag-entities: an honorific written out is no name by itself, in both languages" {
	run -0 ents fr "Monsieur le Président, Madame la Présidente a raison, et M. Dupont aussi."
	assert_output '[["PER","Dupont"]]'
	run -0 ents en "Madam, the plan is dead, Mr Jones said."
	assert_output '[["PER","Jones"]]'
}

@test "tag-entities: an interjection that opens a quotation is no name, in both languages" {
	run -0 ents en 'He kept telling voters: "Hey, vote for me," Mr Jones said.'
	assert_output '[["PER","Jones"]]'
	run -0 ents fr "Il répétait aux électeurs : « Hé, votez pour moi », a dit M. Dupont."
	assert_output '[["PER","Dupont"]]'
}

@test "tag-entities: a person the model's name ran on to after a known organisation is a person of its own, in both languages" {
	run -0 ents fr "Le député France insoumise Eric Renbrimar a dénoncé l'escalade."
	assert_output '[["ORG","France insoumise"],["PER","Eric Renbrimar"]]'
	run -0 ents en "The Amnesty International Eric Renbrimar said so."
	assert_output '[["ORG","Amnesty International"],["PER","Eric Renbrimar"]]'
}

@test "tag-entities: a noun of organisation_appositions capitalised at a sentence's start or an acronym (ONG, NGO) stays out of the organisation after it, in both languages" {
	run -0 ents en "Carmaker Valdrin recalled its cars. According to the NGO Sahel Aid, famine looms."
	assert_output '[["ORG","Valdrin"],["ORG","Sahel Aid"]]'
	run -0 ents fr "Selon l'ONG Solidarité Sahel, la famine menace. L'ONG Terre Vive a porté plainte."
	assert_output '[["ORG","Solidarité Sahel"],["ORG","Terre Vive"]]'
}

@test "tag-entities: a landlord's, an insurer's or a carrier's noun before a name makes it an organisation, an adjective between (French)" {
	run -0 ents fr "Le bailleur social Rhône Habitat a indiqué qu'il paierait l'hôtel."
	assert_output '[["ORG","Rhône Habitat"]]'
	run -0 ents fr "Le transporteur Martinez Frères a suspendu ses livraisons."
	assert_output '[["ORG","Martinez Frères"]]'
	# a poll's noun before its pollster's name
	run -0 ents fr "Selon un sondage Opinea, la réforme divise."
	assert_output '[["ORG","Opinea"]]'
}

@test "tag-entities: a shop's, a workshop's or a factory's noun before a name makes it a business, a given name alone too, in both languages" {
	run -0 ents fr "Il a travaillé vingt ans à la laiterie Besnier, puis à la boulangerie Leroy."
	assert_output '[["QUANTITY","vingt ans"],["ORG","Besnier"],["ORG","Leroy"]]'
	run -0 ents en "He bought his bread from the bakery Hollis and his beer from the brewery Marston."
	assert_output '[["ORG","Hollis"],["ORG","Marston"]]'
	# a given name alone names the business; with a surname, a person
	run -0 ents fr "Elle dirige la boulangerie Julien depuis mai."
	assert_output '[["ORG","Julien"],["DATE","mai"]]'
	run -0 ents en "She runs the brewery Julian in Leeds."
	assert_output '[["ORG","Julian"],["LOC","Leeds"]]'
	run -0 ents fr "Le journal de Paul Durand a fermé."
	assert_output '[["PER","Paul Durand"]]'
	run -0 ents en "He worked at the bakery of Paul Durand."
	assert_output '[["PER","Paul Durand"]]'
}

@test "tag-entities: a university named by its head and its place is an organisation, in both languages" {
	run -0 ents fr "L'université de Marvelle a fermé, comme celle de Lyon."
	assert_output '[["ORG","université de Marvelle"],["LOC","Lyon"]]'
	run -0 ents en "Yesterday, the University of Marvelle closed."
	assert_output '[["ORG","University of Marvelle"]]'
}

# persons LANG NAME...: each name, unknown to the lexicons, in eight
# contexts of news; prints the sentences where it is not one PER.
persons() {
	local lang=$1 n
	shift
	for n in "$@"; do
		if [ "$lang" = fr ]; then
			printf '%s\n' "$n a déclaré mardi que la situation était grave." \
			    "Selon $n, la situation est grave." \
			    "« C'est grave », a affirmé $n." \
			    "Le président $n a démissionné." \
			    "Le ministre a reçu $n à Paris." \
			    "La maison de $n a été fouillée." \
			    "$n, 45 ans, a été arrêté à Lyon." \
			    "Le député $n (PS) a voté contre."
		else
			printf '%s\n' "$n said on Tuesday that the situation was serious." \
			    "According to $n, the situation is serious." \
			    "\"It is serious,\" $n said." \
			    "President $n resigned." \
			    "The minister met $n in London." \
			    "$n's house was searched." \
			    "$n, 45, was arrested in Leeds." \
			    "The lawyer for $n, Claire Dubois, appealed."
		fi | wanted "$lang" "$n"
	done | segment | tag-entities |
	    jq -r '.want as $w | select([.entities[] |
	        select(.label == "PER" and .text == $w)] | length != 1) | .text'
}

@test "tag-entities: persons of names no lexicon holds are persons in the contexts of news, in both languages" {
	run -0 persons fr "Marc Dorvel" "Anne Quiniou" "Karim Benslimane" \
	    "Olga Petrenko" "Tomasz Wierzba" "Ngozi Okafor" "Li Wenjun" \
	    "Diego Ferreyra" "Ines Ould Ahmed" "Pieter van Dam"
	assert_output ''
	run -0 persons en "Marc Dorvel" "Anne Quiniou" "Karim Benslimane" \
	    "Olga Petrenko" "Tomasz Wierzba" "Ngozi Okafor" "Li Wenjun" \
	    "Diego Ferreyra" "Ines Ould Ahmed" "Pieter van Dam"
	assert_output ''
}

@test "tag-entities: money with its magnitude glued to the number after the symbol (\$5bn, £20m) has its value" {
	run -0 entities en 'The deal is worth $5bn, up from £20m and €2.5tn; a 20m wall stood.' '[.label, .text, .value, .currency]'
	assert_output '[["MONEY","$5bn",5000000000,"USD"],["MONEY","£20m",20000000,"GBP"],["MONEY","€2.5tn",2500000000000,"EUR"]]'
	# French writes the symbol after the amount, the magnitude a word
	run -0 entities fr "L'accord vaut 5 milliards de dollars." '[.label, .text, .value, .currency]'
	assert_output '[["MONEY","5 milliards de dollars",5000000000,"USD"]]'
}

@test "tag-entities: francs, and fr. after an amount, are money, not a quantity" {
	run -0 entities fr 'Il a payé 100 fr. puis 250 francs, et 5 000 francs suisses.' '[.label, .text, .currency]'
	assert_output '[["MONEY","100 fr","FRF"],["MONEY","250 francs","FRF"],["MONEY","5 000 francs suisses","CHF"]]'
}

@test "tag-entities: a record longer than a part is tagged part after part, at the record's offsets" {
	# 20,000 sentences of 10 tokens: parts of whole sentences
	# (PART_TOKENS in tag-entities.h), each a document of its own.
	for lang in fr en; do
		case $lang in
		fr) s="Emmanuel Macron a rencontré Olaf Scholz hier à Berlin."
		    want='[["LOC","Berlin",47,20000],["PER","Emmanuel Macron",0,20000],["PER","Olaf Scholz",28,20000]]' ;;
		en) s="Emmanuel Macron met Olaf Scholz in Berlin on Tuesday."
		    want='[["LOC","Berlin",35,20000],["PER","Emmanuel Macron",0,20000],["PER","Olaf Scholz",20,20000]]' ;;
		esac
		yes "$s" | head -n 20000 | jq -Rsc --arg l "$lang" \
		    '{lang: $l, text: .}' | segment |
		    tag-entities >"$BATS_TEST_TMPDIR/out"
		# each name 20,000 times, at the same place in each line
		run -0 jq -c --arg s "$s" '($s | length + 1) as $n |
		    [.entities[] | select(.label != "DATE") |
		    [.label, .text, .start % $n]] | group_by(.) |
		    map(.[0] + [length])' "$BATS_TEST_TMPDIR/out"
		assert_output "$want"
		# the last names are where their text is
		run -0 jq -c '.text as $t | [.entities[-3:][] |
		    $t[.start:.end] == .text] | all' "$BATS_TEST_TMPDIR/out"
		assert_output true
	done
}

@test "tag-entities: a court or council French names in lowercase by its seat is an organisation; its first word alone heads none" {
	run -0 entities fr "La cour d'appel de Rennes a confirmé la peine, puis la cour d'assises de la Somme a siégé." '[.label, .text]'
	assert_output '[["ORG","cour d'"'"'appel de Rennes"],["ORG","cour d'"'"'assises de la Somme"]]'
	run -0 entities fr "Le conseil régional de Bretagne et la chambre régionale des comptes d'Occitanie ont publié leurs comptes." '[.label, .text]'
	assert_output '[["ORG","conseil régional de Bretagne"],["ORG","chambre régionale des comptes d'"'"'Occitanie"]]'
	run -0 entities fr "Dans la cour de Lucie, le conseil de Marc a été suivi." '[.label, .text]'
	assert_output '[["PER","Lucie"],["PER","Marc"]]'
}

@test "tag-entities: a capitalised title inside a name cuts it: the affiliation before, the person after; a name ending in an office word stays" {
	run -0 entities en "Tesla CEO Elon Musk spoke after Fed Chair Jerome Powell." '[.label, .text]'
	assert_output '[["ORG","Tesla"],["PER","Elon Musk"],["ORG","Fed"],["PER","Jerome Powell"]]'
	run -0 entities en "Senate Majority Leader Chuck Schumer spoke." '[.label, .text]'
	assert_output '[["ORG","Senate"],["PER","Chuck Schumer"]]'
	run -0 entities en "Secretary of State Antony Blinken arrived." '[.label, .text]'
	assert_output '[["PER","Antony Blinken"]]'
	# a company's officers, the model's name inside the office
	run -0 entities en "Chief Financial Officer Petra Lindqvist told analysts." '[.label, .text]'
	assert_output '[["PER","Petra Lindqvist"]]'
	run -0 entities en "Chief Operating Officer Mark Bell resigned." '[.label, .text]'
	assert_output '[["PER","Mark Bell"]]'
	run -0 entities en "General Motors and Burger King cut jobs." '[.label, .text]'
	assert_line --partial '["ORG","General Motors"]'
	# French sets its titles in lowercase before the name and its
	# affiliation after it: only the names ending in an office word
	run -0 entities fr "La Bibliothèque du Roi a rouvert." '[.label, .text]'
	assert_output '[["LOC","Bibliothèque du Roi"]]'
}

@test "tag-entities: a name that ends its sentence with a capital letter leaves the sentence its period; a person's initial keeps it" {
	run -0 entities fr "Le trafic reste coupé sur le RER B. Les usagers attendent." '[.label, .text]'
	assert_output '[["ORG","RER B"]]'
	run -0 entities en "Shares fell after the talks with AT&T." '[.text]'
	assert_output '[["AT&T"]]'
	run -0 entities en "The letter was signed by Tori L." '[.label, .text]'
	assert_output '[["PER","Tori L."]]'
}

@test "tag-entities: a country's or a region's name right before an office is its place, whatever the model made of it; an organisation's stays (English word order)" {
	run -0 entities en "Texas Congressman John Smith filed a bill, and Florida Sen. Marco Rubio voted for it." '[.label, .text]'
	assert_output '[["LOC","Texas"],["PER","John Smith"],["LOC","Florida"],["PER","Marco Rubio"]]'
	run -0 entities en "UN Secretary General Antonio Guterres spoke." '[.label, .text]'
	assert_line --partial '["ORG","UN"]'
	# French puts the place after the office: le sénateur de Floride
	run -0 entities fr "Le sénateur de Floride Marco Rubio a voté." '[.label, .text]'
	assert_line --partial '["LOC","Floride"]'
}

@test "tag-entities: where names capitalise their words (English), a lowercase word but a connector is outside a name; French names hold lowercase words" {
	run ents en 'In a CBS interview, Cruz openly admitted that his pick was political.'
	assert_output '[["ORG","CBS"],["PER","Cruz"]]'
	run ents en 'Voters said Clinton led Sanders by roughly 20 points.'
	assert_output '[["PER","Clinton"],["PER","Sanders"],["QUANTITY","roughly 20 points"]]'
	run ents en 'The Trump campaign hired veteran Washington operatives.'
	assert_output '[["ORG","Trump"],["LOC","Washington"]]'
	# connectors stay inside, and a particle glued to a capital opens one
	run ents en 'The Department of Homeland Security said the border was secure.'
	assert_output '[["ORG","Department of Homeland Security"]]'
	run ents en 'Democrats fought Republican senators and al-Qaida sympathisers alike.'
	assert_output '[["NORP","Democrats"],["NORP","Republican"],["ORG","al-Qaida"]]'
	run ents fr 'Il a assisté à la Coupe du monde de football à Paris.'
	assert_output '[["MISC","Coupe du monde de football"],["LOC","Paris"]]'
	run ents fr "Le ministère des Affaires étrangères a convoqué l'ambassadeur."
	assert_output '[["ORG","ministère des Affaires étrangères"]]'
}

@test "tag-entities: after a plural honorific (MM., Messrs), each name listed is a person's, in both languages" {
	run ents fr 'En présence de MM. Farinet et Verneau, le maire a parlé.'
	assert_output '[["PER","Farinet"],["PER","Verneau"]]'
	run ents en 'The event was attended by Messrs. Farrell and Vernon.'
	assert_output '[["PER","Farrell"],["PER","Vernon"]]'
	# a list of three; a singular honorific heads one name only
	run ents en 'Messrs Hall, Reed and Cole were elected.'
	assert_output '[["PER","Hall"],["PER","Reed"],["PER","Cole"]]'
	run ents en 'Mr Farrell and Paris officials met.'
	assert_output '[["PER","Farrell"],["LOC","Paris"]]'
}

@test "tag-entities: a name right after an office written in lowercase, a title, is a person's, in both languages; capitalised offices in names stay" {
	run ents fr 'Leur mère, la duchesse Anne-Amélie, en fait sa résidence.'
	assert_output '[["PER","Anne-Amélie"]]'
	run ents en 'The party chose former mayor Tanvald as its leader.'
	assert_output '[["PER","Tanvald"]]'
	run ents en 'They met the sultan Qaboos and the emir Tamim.'
	assert_output '[["PER","Qaboos"],["PER","Tamim"]]'
	# a place the gazetteer knows stays one
	run ents fr 'Le maire Lyon a parlé.'
	assert_output '[["LOC","Lyon"]]'
}

@test "tag-entities: a headline's kicker before a colon is no name unless the gazetteer or the article gives it" {
	kicker() {
		printf '%s\n\n%s\n' "$2" "$3" |
		    jq -Rsc --arg l "$1" '{text: ., lang: $l}' | segment |
		    tag-entities | jq -c '[.entities[] | [.label, .text]]'
	}
	run -0 kicker fr 'Tennis : victoire de Lena Vortek à Rome' 'La joueuse a gagné sans peine.'
	assert_output '[["PER","Lena Vortek"],["LOC","Rome"]]'
	run -0 kicker fr 'Suède : la ministre Lena Vortek démissionne' 'La ministre a démissionné hier.'
	assert_output '[["LOC","Suède"],["PER","Lena Vortek"]]'
	run -0 kicker en 'Tennis: Lena Vortek wins in Rome' 'The player won with ease.'
	assert_output '[["PER","Lena Vortek"],["LOC","Rome"]]'
}

@test "tag-entities: a Title Case headline's name that runs over names the article gives is cut to them, in both languages; one name in a sentence-case headline stays whole" {
	run -0 sh -c "printf '%s\n\n%s\n' 'Obama Slams Trump Over Muslim Ban In Fiery Speech' 'President Barack Obama criticized Donald Trump on Tuesday.' |
	    jq -Rsc '{text: ., lang: \"en\"}' | segment | tag-entities | jq -c '[.entities[] | select(.label == \"PER\" or .label == \"ORG\") | .text]'"
	assert_output '["Obama","Trump","Barack Obama","Donald Trump"]'
	run -0 sh -c "printf '%s\n\n%s\n' 'Hidalgo Accuse Dati De Mentir Sur Le Budget' 'La maire Anne Hidalgo a accusé Rachida Dati de mentir.' |
	    jq -Rsc '{text: ., lang: \"fr\"}' | segment | tag-entities | jq -c '[.entities[] | .text]'"
	assert_output '["Hidalgo","Dati","Anne Hidalgo","Rachida Dati"]'
	run -0 sh -c "printf '%s\n\n%s\n' 'Scottish Labour Party narrowly backs referendum' 'The Scottish party said Labour would vote.' |
	    jq -Rsc '{text: ., lang: \"en\"}' | segment | tag-entities | jq -c '[.entities[] | .text][0]'"
	assert_output '"Scottish Labour Party"'
}

@test "tag-entities: in a headline in Title Case, a model's name is cut to what says name without capitals (a name the article gives, a given name and its surname), the rest in none; lowercase function words and glued ends (Don't) do not hide the style; in both languages" {
	headline() {
		printf '%s\n\n%s\n' "$2" "$3" |
		    jq -Rsc --arg l "$1" '{text: ., lang: $l}' | segment |
		    tag-entities | jq -c '[.entities[] | select(.label |
		    IN("PER", "LOC", "ORG", "MISC")) | .text]'
	}
	run -0 headline en 'Wealthy Retirees Abandon Labour Party for Senator Mark Dalton' \
	    'Many retirees who voted for the Labour Party now back Mark Dalton, a poll found.'
	assert_output '["Labour Party","Mark Dalton","Labour Party","Mark Dalton"]'
	run -0 headline en "Voters Don't Trust Small Donors, Says Mayor Ellen Park" \
	    'Mayor Ellen Park defended the budget on Tuesday.'
	assert_output '["Ellen Park","Ellen Park"]'
	run -0 headline en 'Only 30 Percent of Grant Whitaker’s Backers Are Small Donors' \
	    'Grant Whitaker raised most of his money from large donors.'
	assert_output '["Grant Whitaker","Grant Whitaker"]'
	run -0 headline fr 'Marie Duval Accuse Le Syndicat De Bloquer Les Négociations' \
	    'Marie Duval, déléguée CFDT, a accusé le syndicat de bloquer les discussions.'
	assert_output '["Marie Duval","Marie Duval","CFDT"]'
	run -0 headline fr 'Les Petits Commerçants Lâchent Jean Moreau Avant Le Scrutin' \
	    'Jean Moreau a perdu le soutien des commerçants, selon un sondage.'
	assert_output '["Jean Moreau","Jean Moreau"]'
	# the given name before a surname the article gives alone; a
	# capitalised word before a whole name stays out
	run -0 headline en 'Angry Farmers Cheer Senator Ellen Whitcombe Over Tariff Vote' \
	    'On Tuesday, Whitcombe voted against the tariff.'
	assert_output '["Ellen Whitcombe","Whitcombe"]'
	run -0 headline en 'Broadway Star Norbert Lee Vashti Is Ready To Sing Again' \
	    'This week, Norbert Lee Vashti returns to the stage.'
	assert_output '["Norbert Lee Vashti","Norbert Lee Vashti"]'
	run -0 headline fr 'La Star Du Rock Norbert Vashti Revient Sur Scène' \
	    'Cette semaine, Norbert Vashti remonte sur scène.'
	assert_output '["Norbert Vashti","Norbert Vashti"]'
	run -0 headline fr 'Les Agriculteurs Applaudissent Le Sénateur Paul Vercoutre' \
	    'Mardi, Vercoutre a voté contre la taxe.'
	assert_output '["Paul Vercoutre","Vercoutre"]'
}

@test "tag-entities: a record that ends with an office, in lowercase or capitalised, tags what comes before (under make check, no read past the tokens)" {
	run ents fr 'Elle a longuement parlé au président'
	assert_output '[]'
	run ents en 'She spoke at length with the President'
	assert_output '[]'
}

@test "tag-entities: a title in quotation marks, its words capitalised, is one MISC (a programme's, a work's), in both languages; a quoted organisation stays one" {
	run ents en 'Pence said on CNN'"'"'s "State of the Union" that the race was close.'
	assert_output '[["PER","Pence"],["ORG","CNN"],["MISC","State of the Union"]]'
	run ents en 'In an interview on "Face the Nation," Ryan said the bill would pass.'
	assert_output '[["MISC","Face the Nation"],["PER","Ryan"]]'
	run ents fr 'Il a lu « Le Petit Prince » à ses enfants.'
	assert_output '[["MISC","Le Petit Prince"]]'
	run ents fr 'Selon « Le Monde », le projet est abandonné.'
	assert_output '[["ORG","Le Monde"]]'
	run ents en 'As "The Wall Street Journal" wrote, the plan failed.'
	assert_output '[["ORG","Wall Street Journal"]]'
	run ents fr 'Elle a signé avec le studio Columbia Pictures. Un agent de la « Columbia Pictures » l’a repérée.'
	assert_output '[["ORG","Columbia Pictures"],["ORG","Columbia Pictures"]]'
	# a quotation in sentence case is no title, nor a sentence
	run ents en 'She called the plan "a total disaster" on Monday.'
	assert_output '[["DATE","Monday"]]'
	run ents en 'Graham asked. "Neither do I."'
	assert_output '[["PER","Graham"]]'
}

@test "tag-entities: a capitalised word after a person's given name is the surname, though the record writes it in lowercase elsewhere (Theresa May … may; Claire Rose … une rose)" {
	run ents en 'British Prime Minister Theresa May was not invited. Some may object.'
	assert_output '[["NORP","British"],["PER","Theresa May"]]'
	run ents fr 'La députée Claire Rose n’a pas été invitée. Une rose rouge était posée sur la table.'
	assert_output '[["PER","Claire Rose"]]'
	# a headline in Title Case capitalises its verbs
	run ents en 'Hillary Wins Iowa Caucus'
	refute_output --partial 'Hillary Wins"'
}

@test "tag-entities: what is left of a name after a capitalised office, opening with a lowercase word, is the office's complement, no person (au Président de la Commission, M. Prodi)" {
	run ents fr 'Il a écrit au Président de la Commission, M. Prodi.'
	assert_output '[["PER","Prodi"]]'
	run ents fr 'Le Président de la République Emmanuel Macron a parlé.'
	assert_output '[["PER","Emmanuel Macron"]]'
}

@test "tag-entities: the name after a publisher's or a laboratory's noun (les éditions Gallimard, les laboratoires Servier; the publisher Gallimard) is an organisation" {
	run ents fr 'Les éditions Gallimard ont publié le livre.'
	assert_output '[["ORG","Gallimard"]]'
	run ents fr 'Les laboratoires Servier ont été condamnés.'
	assert_output '[["ORG","Servier"]]'
	run ents en 'The publisher Gallimard released the book.'
	assert_output '[["ORG","Gallimard"]]'
}

@test "tag-entities: a capitalised institution head ends a name after capitalised words with no complement (the Ford Foundation, the Federal Open Market Committee), or takes one after on (Commission on Presidential Debates), not a date's word" {
	run ents en 'She did not meet the Commission on Presidential Debates threshold.'
	assert_output '[["ORG","Commission on Presidential Debates"]]'
	run ents en 'Proponents, including the United States Conference of Mayors, urged Congress.'
	assert_output '[["ORG","United States Conference of Mayors"],["ORG","Congress"]]'
	run ents en 'The Federal Open Market Committee raised rates.'
	assert_output '[["ORG","Federal Open Market Committee"]]'
	run ents en 'The Security Council on Friday condemned the attack.'
	assert_output '[["ORG","Security Council"],["DATE","Friday"]]'
	run ents en 'She works for Daily Mail Group.'
	assert_output '[["ORG","Daily Mail Group"]]'
	# a capital after the head: the name goes on, the head ends nothing
	run ents en 'UK Independence Party supporters marched in London.'
	assert_output '[["ORG","UK Independence Party"],["LOC","London"]]'
}

@test "tag-entities: English institution heads name schools, courts, offices and funds; a capitalised head takes the words before a coordinator that the model reads as no place or organisation" {
	run ents en 'She joined the School of Marine and Polar Studies in 2020.'
	assert_output '[["ORG","School of Marine and Polar Studies"],["DATE","2020"]]'
	run ents en 'He sits on the Board of Regional Transport and Roads.'
	assert_output '[["ORG","Board of Regional Transport and Roads"]]'
	run ents en 'The Hartley and Moss Foundation funds research on soils.'
	assert_output '[["ORG","Hartley and Moss Foundation"]]'
	run ents en 'Grants came from France and Acme Foundation.'
	assert_output '[["LOC","France"],["ORG","Acme Foundation"]]'
	# an article that opens the sentence is no part of the name
	run ents en 'The Hartwell Foundation gave money.'
	assert_output '[["ORG","Hartwell Foundation"]]'
}

@test "tag-entities: a capitalised complement stops before a date's word and before a person's name the model reads; a name the model reads on across a coordinator to another head stands" {
	run ents en 'The Court of Appeals on Monday upheld the fine.'
	assert_output '[["ORG","Court of Appeals"],["DATE","Monday"]]'
	run ents en 'Nobody staffed the Office of Rural Affairs Dalton had promised.'
	assert_output '[["ORG","Office of Rural Affairs"],["PER","Dalton"]]'
	run ents en 'He works for the Northern Housing Service and Tenant Advice Consortium in Leeds.'
	assert_output '[["ORG","Northern Housing Service"],["ORG","Tenant Advice Consortium"],["LOC","Leeds"]]'
}

@test "tag-entities: a French capitalised head takes several adjectives of the lexicon's, with a complement or without (Commission électorale indépendante); a complement's word before an article is an infinitive, no part of it" {
	run ents fr 'La Commission électorale indépendante a publié les résultats.'
	assert_output '[["ORG","Commission électorale indépendante"]]'
	run ents fr "Le Comité consultatif national d'éthique a rendu son avis."
	assert_output '[["ORG","Comité consultatif national d'"'"'éthique"]]'
	run ents fr 'La Direction générale de la sécurité intérieure enquête.'
	assert_output '[["ORG","Direction générale de la sécurité intérieure"]]'
	run ents fr 'Le maire a demandé à la Fédération française de natation de publier les résultats.'
	assert_output '[["ORG","Fédération française de natation"]]'
}

@test "tag-entities: a public hospital named by the town it serves is an institution, its head in lowercase or an acronym (centre hospitalier de Dax, CHU de Rennes); a hospital of no town is none" {
	run ents fr "Le centre hospitalier de Mérilhac a fermé sa maternité."
	assert_output '[["ORG","centre hospitalier de Mérilhac"]]'
	run ents fr "La patiente a été transférée au CHU de Rennes mardi."
	assert_output '[["ORG","CHU de Rennes"],["DATE","mardi"]]'
	run ents fr "Il travaille dans un centre hospitalier de la région."
	assert_output '[]'
}

@test "tag-entities: the state's and local government's offices named by the area they serve are institutions, their head in lowercase and of up to eight words (rectorat de Lyon, caisse primaire d'assurance maladie de la Sarthe); with no area, none" {
	run ents fr "Le rectorat de Vernelles conteste ces chiffres."
	assert_output '[["ORG","rectorat de Vernelles"]]'
	run ents fr "La direction académique du Morvanais a maintenu la fermeture."
	assert_output '[["ORG","direction académique du Morvanais"]]'
	run ents fr "La chambre de commerce et d'industrie de Vernelles a publié une étude."
	assert_output '[["ORG","chambre de commerce et d'"'"'industrie de Vernelles"]]'
	run ents fr "La caisse primaire d'assurance maladie de Vernelles a répondu."
	assert_output '[["ORG","caisse primaire d'"'"'assurance maladie de Vernelles"]]'
	run ents fr "Le rectorat a refusé de commenter."
	assert_output '[]'
}

@test "tag-entities: the state's inspectorates are institutions (Inspection générale des…), and the adjectives of a public body's domain (maritime, durable, numérique) complete their names" {
	run ents fr "L'Inspection générale de l'administration a rendu son rapport."
	assert_output '[["ORG","Inspection générale de l'"'"'administration"]]'
	run ents fr "Une enquête de l'Inspection du travail a été ouverte."
	assert_output '[["ORG","Inspection du travail"]]'
	run ents fr "Le Conseil économique du développement durable a rendu un avis."
	assert_output '[["ORG","Conseil économique du développement durable"]]'
	run ents fr "L'Agence nationale de la cohésion numérique recrute."
	assert_output '[["ORG","Agence nationale de la cohésion numérique"]]'
	# in lowercase it is a common noun: no name
	run ents fr "Une inspection générale des locaux a eu lieu."
	assert_output '[]'
}

@test "tag-entities: an organisation's noun capitalised inside the sentence is the first word of its name (aux Éditions Tallandier, la Fondation Abbé Pierre); English puts such nouns after the name" {
	run ents fr 'Le livre est paru aux Éditions Tallandier en 2003.'
	assert_output '[["ORG","Éditions Tallandier"],["DATE","2003"]]'
	run ents fr 'Il a rejoint la Fondation Abbé Pierre.'
	assert_output '[["ORG","Fondation Abbé Pierre"]]'
	run ents en 'He joined the Ford Foundation.'
	assert_output '[["ORG","Ford Foundation"]]'
}

@test "tag-entities: a word for a place's people, its name and the profile's demonym_endings, is a people (les Parisiens, les Toulousains; Texans, New Yorkers), not a place, a person or an organisation; not a given name's surname, nor part of a place's name or a compound" {
	keyed() {
		record "$1" "$2" | segment | tag-entities |
		    jq -c '[.entities[] | [.label, .text, .key]]'
	}
	run -0 keyed fr 'Selon le sondage, les Parisiens et les Toulousains restent prudents.'
	assert_output '[["NORP","Parisiens","geonames:2988507"],["NORP","Toulousains","geonames:2972315"]]'
	run -0 ents en 'Most Texans and many New Yorkers oppose the plan.'
	assert_output '[["NORP","Texans"],["NORP","New Yorkers"]]'
	# a place's name whose last consonant doubles (Lyon: Lyonnais), or
	# that ends in -es (Nantes: Nantais)
	run -0 ents fr 'Les Dijonnais et les Nantais ont voté.'
	assert_output '[["NORP","Dijonnais"],["NORP","Nantais"]]'
	# a name that holds one after words of its own is the model's
	run -0 ents fr "L'orchestre des Solistes Toulousains a joué hier."
	assert_output '[["ORG","Solistes Toulousains"]]'
	# a writer's surname, a place's name, a compound
	run -0 ents fr "L'écrivain Jules Romains est né en 1885."
	refute_output --partial NORP
	run -0 ents en 'She moved to St Albans last year.'
	refute_output --partial NORP
	run -0 ents en 'Tim Berners-Lee spoke on Monday.'
	refute_output --partial NORP
}

@test "tag-entities: a name after a noun of an event that is no part of it (event_nouns: Hurricane Edouard, l'ouragan Irma) is a MISC, the noun left out" {
	run -0 ents en 'Hurricane Dolly brought heavy rains to Texas, and Typhoon Mawar hit Guam.'
	assert_output '[["MISC","Dolly"],["LOC","Texas"],["MISC","Mawar"],["LOC","Guam"]]'
	run -0 ents fr "La tempête Ciara a privé d'électricité des milliers de foyers en Bretagne."
	assert_output '[["MISC","Ciara"],["LOC","Bretagne"]]'
	# an adjective between, where adjectives follow nouns; the other
	# mentions follow; a verb of the same form is none
	run -0 ents fr "L'ouragan meurtrier Vasko a frappé Cuba. Le passage de Vasko a tout détruit."
	assert_output '[["MISC","Vasko"],["LOC","Cuba"],["MISC","Vasko"]]'
	run -0 ents en 'The deadly storm Vasko hit Cuba. The passage of Vasko destroyed all. Troops prepared to storm Grozny.'
	assert_output '[["MISC","Vasko"],["LOC","Cuba"],["MISC","Vasko"],["LOC","Grozny"]]'
}

@test "tag-entities: a preposition that opens a sentence, capitalised there, is no part of the name the model runs it into (prepositions), in both languages" {
	run -0 ents fr "Selon Le Maire, la croissance ralentira cette année."
	assert_output '[["PER","Le Maire"]]'
	run -0 ents fr "Pour Le Drian, la France doit rester ferme."
	assert_output '[["PER","Le Drian"],["LOC","France"]]'
	run -0 ents en "Despite Harrington, the party won the seat."
	assert_output '[["PER","Harrington"]]'
	# the label weighed with the preposition in goes to a given name's
	run -0 ents en "For Nancy Pelosi, the bill is dead."
	assert_output '[["PER","Nancy Pelosi"]]'
	# inside a sentence the word is in lowercase: nothing to take out
	run -0 ents en "The vote went for Nancy Pelosi."
	assert_output '[["PER","Nancy Pelosi"]]'
}

@test "tag-entities: a wildfire's name is an event (event_words_last: Fire), an article opening the sentence left out of a name a place's or an event's word labels" {
	run ents en 'The Pine Hollow Fire had burned 2,000 acres by Sunday.'
	assert_output '[["MISC","Pine Hollow Fire"],["QUANTITY","2,000 acres"],["DATE","Sunday"]]'
	run ents en 'The Harlow Fire Department responded.'
	assert_output '[["ORG","Harlow Fire Department"]]'
}

@test "tag-entities: a feast's name alone is an event (MISC), not the island the gazetteer names after it; a person named after one stays a person" {
	run -0 ents en "Talks should end before Christmas, and Easter was quiet. He flew to Christmas Island."
	assert_output '[["MISC","Christmas"],["MISC","Easter"],["LOC","Christmas Island"]]'
	run -0 ents fr "Un accord avant Noël ? Les magasins ouvriront à Pâques. Noël Lemercier est venu."
	assert_output '[["MISC","Noël"],["MISC","Pâques"],["PER","Noël Lemercier"]]'
}

@test "tag-entities: a party's member of parliament (MP, MEP, MSP) is an office after the party's name, no part of it" {
	run -0 ents en "Labour MP for the area, Daniel Pryce, called it an insult."
	assert_output '[["ORG","Labour"],["PER","Daniel Pryce"]]'
}

@test "tag-entities: a byline's staff that names no one is no person, in both languages" {
	run -0 ents en "By Staff Reporter

MANCHESTER - Nurses walked out on Tuesday."
	assert_output '[["LOC","MANCHESTER"],["DATE","Tuesday"]]'
	run -0 ents fr "Par Notre Correspondant

LYON - Les infirmières ont débrayé mardi."
	assert_output '[["LOC","LYON"],["DATE","mardi"]]'
}

@test "tag-entities: a broadcaster's channel or station with a number in its name is one organisation, in both languages" {
	run -0 ents en "She told BBC Radio 5 Live that the talks had failed."
	assert_output '[["ORG","BBC Radio 5 Live"]]'
	run -0 ents fr "Elle a déclaré sur BBC Radio 4 que les discussions avaient échoué."
	assert_output '[["ORG","BBC Radio 4"]]'
}

@test "tag-entities: France's state agencies and research bodies, by acronym or name, are organisations, in both languages" {
	run -0 ents fr "L'usine avait reçu une mise en demeure de la Dreal, et l'Anses a rendu un avis."
	assert_output '[["ORG","Dreal"],["ORG","Anses"]]'
	run -0 ents en "Researchers at the CNRS and Inserm said the risk was low."
	assert_output '[["ORG","CNRS"],["ORG","Inserm"]]'
}

@test "tag-entities: an article capitalised by the quotation that opens a sentence is no part of the name after it; a quoted title's after other words is" {
	run -0 ents fr "« Les Lyonnais ont peur de sortir le soir », a-t-il insisté."
	assert_output '[["NORP","Lyonnais"]]'
	run -0 ents fr "Le héros du jeu « Les Sims » parle peu."
	assert_output '[["MISC","Les Sims"]]'
}

@test "tag-entities: a place a body's name opens stays a place alone (York after the York Flood Action Group), a company's name before its trade's word is the company" {
	run -0 ents en "Jane Pickering chairs the York Flood Action Group. York is not an isolated case."
	assert_output '[["PER","Jane Pickering"],["ORG","York Flood Action Group"],["LOC","York"]]'
	run -0 ents en "Meridian Health Partners cut jobs. Meridian said sales fell."
	assert_output '[["ORG","Meridian Health Partners"],["ORG","Meridian"]]'
}

@test "tag-entities: a known organisation's name, a hyphen and a capitalised word is a branch of it, one organisation (CGT-Cheminots); not inside a longer name" {
	run -0 ents fr "La CGT-Cheminots a appelé à la grève, FO-Métaux a refusé, et SUD-Rail a suivi."
	assert_output '[["ORG","CGT-Cheminots"],["ORG","FO-Métaux"],["ORG","SUD-Rail"]]'
}

@test "tag-entities: a listed organisation whose name lists its portfolios with commas is one name, past the complement an institution's head reads" {
	run -0 ents en "The Department for Environment, Food and Rural Affairs said ministers would study the report."
	assert_output '[["ORG","Department for Environment, Food and Rural Affairs"]]'
	run -0 ents en "The Department for Education said so."
	assert_output '[["ORG","Department for Education"]]'
}

@test "tag-entities: a listed name with a mark glued to its end (Which?, a token of its own) is found whole" {
	run -0 ents en "The consumer group Which? welcomed the fine."
	assert_output '[["ORG","Which?"]]'
}

@test "tag-entities: in French, an organisation's name after its noun goes on over a short lowercase word to capitalised words (l'association Marseille en Mouvement), not to a place nor over a coordinator" {
	run -0 ents fr "L'association Marseille en Mouvement juge le calendrier irréaliste."
	assert_output '[["ORG","Marseille en Mouvement"]]'
	run -0 ents fr "La société Valdrin à Lyon recrute."
	assert_output '[["ORG","Valdrin"],["LOC","Lyon"]]'
}

@test "tag-entities: a regulator's noun before a name makes it an organisation (the water regulator Ofwat, le régulateur Arcep)" {
	run -0 entities en "The energy regulator Voltam said the fine was fair." '[.label, .text]'
	assert_output '[["ORG","Voltam"]]'
	run -0 entities en "The media watchdog Brellcom opened an inquiry." '[.label, .text]'
	assert_output '[["ORG","Brellcom"]]'
	run -0 entities fr "Le régulateur des télécoms Parvex a ouvert une enquête." '[.label, .text]'
	assert_output '[["ORG","Parvex"]]'
}

@test "tag-entities: a federation's, an association's or a collective's noun before a name makes it an organisation, its modifiers between (the employers' federation Cepa, la fédération patronale Cepa)" {
	run -0 entities en "The employers' federation Calvora called the strike reckless." '[.label, .text]'
	assert_output '[["ORG","Calvora"]]'
	run -0 entities en "Farmers' association Terrolin warned of heavy losses." '[.label, .text]'
	assert_output '[["ORG","Terrolin"]]'
	run -0 entities fr "La fédération patronale Calvora a dénoncé la grève." '[.label, .text]'
	assert_output '[["ORG","Calvora"]]'
	run -0 entities fr "Le collectif Vélo Ville a manifesté devant la mairie." '[.label, .text]'
	assert_output '[["ORG","Vélo Ville"]]'
}

@test "tag-entities: the names an inclusion word lists after a plural organisation noun's comma are organisations, French lowercase words of the name taken in; not after a singular" {
	run -0 entities fr "Plusieurs associations, dont Vignes vivantes, ont dénoncé la décision." '[.label, .text]'
	assert_output '[["ORG","Vignes vivantes"]]'
	run -0 entities fr "Des entreprises, notamment Valdrex et Morvane, ont protesté." '[.label, .text]'
	assert_output '[["ORG","Valdrex"],["ORG","Morvane"]]'
	run -0 entities en "Several groups, including Future Fields, criticised the ruling." '[.label, .text]'
	assert_output '[["ORG","Future Fields"]]'
	# the members of a singular's phrase are no organisation's
	run -0 entities fr "Plusieurs membres du groupe, dont Bobby Sealo, sont arrêtés." '[.label, .text]'
	assert_output '[["PER","Bobby Sealo"]]'
}

@test "tag-entities: a relative pronoun after an apposition's head ends its noun phrase, its clause running on to the closing comma (NetChoice, a trade group whose members include…, sued)" {
	run -0 entities en "Pearlstone, a group that lobbies for farmers in the valley, said the rule was unfair." '[.label, .text]'
	assert_output '[["ORG","Pearlstone"]]'
	run -0 entities fr "Kelmor, une société qui fabrique des pièces pour avions, a annoncé la fermeture de son usine." '[.label, .text]'
	assert_output '[["ORG","Kelmor"]]'
	# a person's given name and surname stays one
	run -0 entities en "Paul Durand, a farmer who grows wheat, said the rule was unfair." '[.label, .text]'
	assert_output '[["PER","Paul Durand"]]'
}

@test "tag-entities: a name takes in the word of a law, a treaty or an event the model left out after it, and is a MISC (the Northern Ireland Protocol)" {
	run -0 entities en "Unionists oppose the Northern Ireland Protocol, he said." '[.label, .text]'
	assert_output '[["MISC","Northern Ireland Protocol"]]'
	run -0 entities fr "Les unionistes rejettent le Northern Ireland Protocol, dit-il." '[.label, .text]'
	assert_output '[["MISC","Northern Ireland Protocol"]]'
	run -0 entities en "The ruling cited the First Amendment." '[.label, .text]'
	assert_output '[["MISC","First Amendment"]]'
	# not a word of the next sentence
	run -0 entities en "They landed in Northern Ireland. Summit talks began." '[.label, .text]'
	assert_output '[["LOC","Northern Ireland"]]'
}

@test "tag-entities: one word the model calls a person's after a preposition of places only, that the gazetteer knows as a place, is a place (schools in Troy), not an owner before a possessive" {
	run -0 entities en "Flooding closed three schools in Troy over a period of two days." '[.label, .text]'
	assert_output '[["QUANTITY","three schools"],["LOC","Troy"],["QUANTITY","two days"]]'
	run -0 entities en "He spoke at a rally in Marion over the weekend." '[.label, .text]'
	assert_output '[["LOC","Marion"]]'
	run -0 entities fr "Trois écoles ont fermé en Maurienne." '[.label, .text]'
	assert_output '[["QUANTITY","Trois écoles"],["LOC","Maurienne"]]'
	# after a preposition a person takes as well, the model's reading stands
	run -0 entities en "She wrote a letter to Marion over the weekend." '[.label, .text]'
	assert_output '[["PER","Marion"]]'
}

@test "tag-entities: a given name the model read as a name of its own, then a one-word name right after it, is one person's name (Marie-Joseph Malé, au journal), not in capitals nor after a place preposition" {
	run -0 entities fr "Elle a parlé, Marie-Joseph Malé, au journal." '[.label, .text]'
	assert_output '[["PER","Marie-Joseph Malé"]]'
	run -0 entities en "She flew to Paris Tuesday." '[.label, .text]'
	assert_output '[["LOC","Paris"],["DATE","Tuesday"]]'
}

@test "tag-entities: a common word that opens its sentence or a quotation, a little-known place alone in the gazetteer, is no name (« Mon client… »); a well-known place there stays one" {
	run -0 entities fr "« Mon client n'a jamais tiré le moindre profit de ces contrats », a-t-il dit." '[.label, .text]'
	assert_output '[]'
	run -0 entities en '"Paris is ready," she said.' '[.label, .text]'
	assert_output '[["LOC","Paris"]]'
}

@test "tag-entities: so is one after a stop inside a quotation the segmenter left whole (« J'ai encore faim. Mon corps va mieux »); a well-known place there stays one" {
	run -0 entities fr "« J'ai encore faim. Mon corps va mieux », a-t-elle dit." '[.label, .text]'
	assert_output '[]'
	run -0 entities en '"We lost. Paris is ready," she said.' '[.label, .text]'
	assert_output '[["LOC","Paris"]]'
}

@test "tag-entities: a Dutch particle in lowercase inside an English name is the name's (Hans ter Horst)" {
	run -0 entities en "The Dutch minister Hans ter Horst said no." '[.label, .text]'
	assert_output '[["NORP","Dutch"],["PER","Hans ter Horst"]]'
}

@test "tag-entities: a name in apposition to a body's noun is an organisation (l'Unédic, l'organisme paritaire qui…)" {
	run -0 entities fr "La Cnavex, l'organisme paritaire qui gère les retraites, a publié une étude." '[.label, .text]'
	assert_output '[["ORG","Cnavex"]]'
}

@test "tag-entities: a person's name of the model's after a lowercase office of a place is the place (the mayor of Logan Lake, le maire de Saint-Jean-Baptiste); other names there stay" {
	run -0 entities en "The mayor of Logan Lake said the water supply was under strain." '[.label, .text]'
	assert_output '[["LOC","Logan Lake"]]'
	run -0 entities fr "Le maire de Saint-Jean-Baptiste a démissionné." '[.label, .text]'
	assert_output '[["LOC","Saint-Jean-Baptiste"]]'
	run -0 entities en "The governor of the Bank of England said rates would rise." '[.label, .text]'
	assert_output '[["ORG","Bank of England"]]'
}

@test "tag-entities: portfolios coordinated after an office are no names, the second as the first (ministre de l'Économie et de l'Énergie)" {
	run -0 entities fr "Le ministre de l'Économie et de l'Énergie a refusé de commenter." '[.label, .text]'
	assert_output '[]'
}

@test "tag-entities: an institution's head of several words capitalised as written, not by the sentence, is a name with no complement (l'Agence régionale de santé, la Chambre régionale des comptes; not in lowercase)" {
	run -0 entities fr "Elle reproche à l'Agence régionale de santé d'avoir fermé les yeux." '[.label, .text]'
	assert_output '[["ORG","Agence régionale de santé"]]'
	run -0 entities fr "La Chambre régionale des comptes a publié un rapport." '[.label, .text]'
	assert_output '[["ORG","Chambre régionale des comptes"]]'
	run -0 entities fr "La chambre régionale des comptes a publié un rapport." '[.label, .text]'
	assert_output '[]'
}

@test "tag-entities: a place of the model's that opens with an acronym no place, then a link in lowercase, is a body's branch, an ORG (la FDSEA de Haute-Garonne)" {
	run -0 entities fr "Sylvie Carrère, présidente de la FDSEA de Haute-Garonne, a parlé." '[.label, .text]'
	assert_output '[["PER","Sylvie Carrère"],["ORG","FDSEA de Haute-Garonne"]]'
}

@test "tag-entities: Crown corporations of Canada and its provinces are listed organisations, with their keys in both languages (Hydro-Québec, Canada Post, Postes Canada)" {
	run -0 entities fr "Hydro-Québec a demandé une hausse de ses tarifs, comme Postes Canada." '[.label, .text, .key]'
	assert_output '[["ORG","Hydro-Québec","org:hydroquebec"],["ORG","Postes Canada","org:canadapost"]]'
	run -0 entities en "Canada Post and Hydro-Quebec raised their prices." '[.label, .text, .key]'
	assert_output '[["ORG","Canada Post","org:canadapost"],["ORG","Hydro-Quebec","org:hydroquebec"]]'
}

@test "tag-entities: a portfolio put before an office in lowercase, or after an office's participle, is no name (Interior ministers from France; la conseillère fédérale chargée de la Santé)" {
	run -0 entities en "Interior ministers from France and Italy have argued for it." '[.label, .text]'
	assert_output '[["LOC","France"],["LOC","Italy"]]'
	run -0 entities fr "La conseillère fédérale chargée de la Santé, Elisabeth Baume-Schneider, a parlé." '[.label, .text]'
	assert_output '[["PER","Elisabeth Baume-Schneider"]]'
}

@test "tag-entities: a trade's word ends a company's name of two words (Lakeshore Paving)" {
	run -0 entities en "Lakeshore Paving won a deal." '[.label, .text]'
	assert_output '[["ORG","Lakeshore Paving"]]'
}

@test "tag-entities: a capitalised word the model left out before a comma and an apposition of an organisation's noun is an organisation (Santésuisse, la faîtière des assureurs; Amnesty, the rights group); not a word no name holds (Pourtant, l'association, …)" {
	run -0 entities fr "Santésuisse, la faîtière des assureurs, juge le projet inapplicable." '[.label, .text]'
	assert_output '[["ORG","Santésuisse"]]'
	run -0 entities en "Amnesty, the rights group, said the law was unjust." '[.label, .text]'
	assert_output '[["ORG","Amnesty"]]'
	run -0 entities fr "Pourtant, l'association, qui compte cent membres, a dit non." '.label'
	refute_output --partial ORG
}

@test "tag-entities: bureaus, centres, foundations, fronts and services head an institution's name as agencies do (le Bureau fédéral du Plan, le Centre national de la recherche scientifique)" {
	run -0 entities fr "Selon le Bureau fédéral du Plan, la réforme coûtera cher." '[.label, .text]'
	assert_output '[["ORG","Bureau fédéral du Plan"]]'
	run -0 entities fr "Une chercheuse du Centre national de la recherche scientifique a parlé." '[.label, .text]'
	assert_output '[["ORG","Centre national de la recherche scientifique"]]'
}

@test "tag-entities: a common word of outside_names capitalised only for opening a quotation or a sentence in one is no name (\"Demand is strong,\" said…; « …pas. Tout le monde l'a vu »)" {
	run -0 entities en '"Demand is strong," said Dan Ives of Wedbush.' '[.label, .text]'
	assert_output '[["PER","Dan Ives"],["ORG","Wedbush"]]'
	run -0 entities fr "« Le penalty n'existe pas. Tout le monde l'a vu, sauf l'arbitre », a-t-il lancé." '[.label, .text]'
	assert_output '[]'
}

@test "tag-entities: a month abbreviated with no period is a date's as with one, as wire datelines write it (DETROIT, Dec 3 (Reuters); Sept 5)" {
	run -0 entities en "DETROIT, Dec 3 (Reuters) - The company recalled its cars." '[.label, .text]'
	assert_output '[["LOC","DETROIT"],["DATE","Dec 3"],["ORG","Reuters"]]'
	run -0 entities en "The vote is set for Sept 5, officials said." '[.label, .text]'
	assert_output '[["DATE","Sept 5"]]'
}

@test "tag-entities: Indigenous capitalised is an identity word, as Hispanic is (NEWS_GUIDE: capitalised identity words)" {
	run -0 entities en "Indigenous leaders said the pipeline was illegal." '[.label, .text]'
	assert_output '[["NORP","Indigenous"]]'
}

@test "tag-entities: a prosecutor's or a police chief's office before a name is no name (Assistant County Attorney Mike Freeman; Police Chief Mark Hall)" {
	run -0 entities en 'The evidence was clear, Assistant County Attorney Mike Freeman said.' '[.label, .text]'
	assert_output '[["PER","Mike Freeman"]]'
	run -0 entities en 'Prosecutor Jane Doe told the court the evidence was clear.' '[.label, .text]'
	assert_output '[["PER","Jane Doe"]]'
}

@test "tag-entities: a well-known place after a preposition persons take too is a place, not a person, unless the lexicons know it as a name (fly to Denver; a letter to Austin stays the model's)" {
	run -0 entities en "She was trying to fly to Denver with her two children." '[.label, .text]'
	assert_output '[["LOC","Denver"],["QUANTITY","two children"]]'
}

@test "tag-entities: the name after a person's given name and surname and of is the employer's, unless a well-known place (Brent Thill of Jefferies; John Smith of Boston)" {
	run -0 entities en '"The margins are under pressure," said Brent Thill of Jefferies.' '[.label, .text]'
	assert_output '[["PER","Brent Thill"],["ORG","Jefferies"]]'
	run -0 entities en 'The plan is sound, said John Smith of Boston.' '[.label, .text]'
	assert_output '[["PER","John Smith"],["LOC","Boston"]]'
}

@test "tag-entities: the short names the press gives countries are places with their country's key (Britain, U.S.; Grande-Bretagne, Écosse)" {
	run -0 entities en 'Britain and the U.S. signed the deal.' '[.label, .text, .key]'
	assert_output '[["LOC","Britain","iso:GB"],["LOC","U.S.","iso:US"]]'
	run -0 entities fr "La Grande-Bretagne et l'Écosse ont voté." '[.label, .text, .key]'
	assert_output '[["LOC","Grande-Bretagne","iso:GB"],["LOC","Écosse","geonames-admin1:GB.SCT"]]'
}

@test "tag-entities: a street's name after its noun in lowercase and a link is a place with them (rue de la Loi, avenue des Champs-Élysées; not les rues de New York, à la place de)" {
	run -0 entities fr "Il a parlé au 16, rue de la Loi." '[.label, .text]'
	assert_output '[["LOC","rue de la Loi"]]'
	run -0 entities fr "Ils manifestent boulevard du Temple." '[.label, .text]'
	assert_output '[["LOC","boulevard du Temple"]]'
	run -0 entities fr "Ils manifestent dans les rues de New York." '[.label, .text]'
	assert_output '[["LOC","New York"]]'
	run -0 entities fr "Il a pris la place de Jean Dupont." '[.label, .text]'
	assert_output '[["PER","Jean Dupont"]]'
}

@test "tag-entities: the model's person of one word before a craft's noun of product_nouns_after is a product's name, a MISC (two Canadair planes, Leopard tanks); a known company stays one (two Boeing jets); French puts the noun first" {
	run -0 entities en "Greece received two Canadair planes from Italy." '[.label, .text]'
	assert_output '[["LOC","Greece"],["MISC","Canadair"],["LOC","Italy"]]'
	run -0 entities en "The army bought twenty Leopard tanks." '[.label, .text]'
	assert_output '[["MISC","Leopard"]]'
	run -0 entities en "The airline ordered two Boeing jets." '[.label, .text]'
	assert_output '[["ORG","Boeing"]]'
	run -0 entities fr "L'Italie a envoyé deux avions Canadair en Grèce." '[.label, .text]'
	assert_output '[["LOC","Italie"],["MISC","Canadair"],["LOC","Grèce"]]'
}

@test "tag-entities: a profession a sentence opens with before a name is no part of it (person_titles: Researcher Maria da Silva agreed; Avocate Marie Lenoir plaide)" {
	run -0 entities en 'Researcher Maria da Silva agreed with the findings.' '[.label, .text]'
	assert_output '[["PER","Maria da Silva"]]'
	run -0 entities en 'Economist Jan van der Berg disagreed.' '[.label, .text]'
	assert_output '[["PER","Jan van der Berg"]]'
	run -0 entities fr 'Avocate Marie Lenoir plaide la relaxe.' '[.label, .text]'
	assert_output '[["PER","Marie Lenoir"]]'
}

@test "tag-entities: a person's name goes on over the lowercase particles between its words (name_particles: Borja del Pozo Cruz, Carlos de la Fuente, whatever the model calls its last word; two names joined by and stay two)" {
	run -0 entities en 'The study was led by Borja del Pozo Cruz in Odense.' '[.label, .text]'
	assert_output '[["PER","Borja del Pozo Cruz"],["LOC","Odense"]]'
	run -0 entities en 'The report was written by Carlos de la Fuente and Mia Long.' '[.label, .text]'
	assert_output '[["PER","Carlos de la Fuente"],["PER","Mia Long"]]'
	run -0 entities fr "L'étude est dirigée par Borja del Pozo Cruz à Odense." '[.label, .text]'
	assert_output '[["PER","Borja del Pozo Cruz"],["LOC","Odense"]]'
}

@test "tag-entities: the divisions regional news places a town by are places: French départements, counties of England the sources lack (Carhaix (Finistère); Bolton, Greater Manchester); a compound name with an apostrophe is one token and the gazetteer's (Côtes-d'Armor, Villeneuve-d'Ascq)" {
	run -0 entities fr "Le maire de Carhaix (Finistère) proteste. Le Morbihan et la Loire-Atlantique sont en vigilance." '[.label, .text]'
	assert_output '[["LOC","Carhaix"],["LOC","Finistère"],["LOC","Morbihan"],["LOC","Loire-Atlantique"]]'
	run -0 entities fr "Elle vit à Villeneuve-d'Ascq mais travaille dans les Côtes-d'Armor." '[.label, .text]'
	assert_output '[["LOC","Villeneuve-d'"'"'Ascq"],["LOC","Côtes-d'"'"'Armor"]]'
	run -0 entities en "Floods hit Cumbria, and a spokesperson for the Greater Manchester mayor said roads were shut." '[.label, .text]'
	assert_output '[["LOC","Cumbria"],["LOC","Greater Manchester"]]'
}

@test "tag-entities: the name a company's noun of trade stands before is an organisation's (organisation_appositions += maker, drugmaker, lender, supplier…; équipementier, pétrolier…: Software maker Corvel said; L'équipementier Valtrix a annoncé)" {
	run -0 entities en 'Software maker Corvel said it would cut jobs.' '[.label, .text]'
	assert_output '[["ORG","Corvel"]]'
	run -0 entities en 'The drugmaker Vantor denied wrongdoing.' '[.label, .text]'
	assert_output '[["ORG","Vantor"]]'
	run -0 entities fr "L'équipementier Valtrix a annoncé des suppressions de postes." '[.label, .text]'
	assert_output '[["ORG","Valtrix"]]'
}

@test "tag-entities: a surname's capitalised particle (De, Da, Van: name_articles) opening a sentence is the surname's where the record writes the name in full (Roberto De Zerbi… De Zerbi, arrivé en juin; English reads the particle as no common word)" {
	run -0 entities fr "L'entraîneur Roberto De Zerbi a été limogé lundi. De Zerbi, arrivé en juin, n'a pas réagi." '[.label, .text]'
	assert_output '[["PER","Roberto De Zerbi"],["DATE","lundi"],["PER","De Zerbi"],["DATE","juin"]]'
	run -0 entities en "Coach Roberto De Zerbi was fired on Monday. De Zerbi, who arrived in June, did not comment." '[.label, .text]'
	assert_output '[["PER","Roberto De Zerbi"],["DATE","Monday"],["PER","De Zerbi"],["DATE","June"]]'
	# without the name in full, the preposition is the sentence's own
	run -0 entities fr "De Marseille à Lyon, les trains sont bloqués." '[.label, .text]'
	assert_output '[["LOC","Marseille"],["LOC","Lyon"]]'
}

@test "tag-entities: the professional orders French law sets up are organisations of the lexicon, with their keys (l'Ordre des médecins); an adjective of organisations' names ends a lowercase complement (l'Association des maires ruraux)" {
	run -0 entities fr "Les déserts médicaux progressent, alerte l'Ordre des médecins, qui cite l'Ordre des pharmaciens." '[.label, .text, .key]'
	assert_output '[["ORG","Ordre des médecins","org:ordremedecins"],["ORG","Ordre des pharmaciens","org:ordrepharmaciens"]]'
	run -0 entities fr "La mesure est jugée insuffisante par l'Association des maires ruraux." '[.label, .text]'
	assert_output '[["ORG","Association des maires ruraux"]]'
}

@test "tag-entities: a US state as news agencies abbreviate it after a town is a place (Portland, Ore.; Sacramento, Calif.); the states they write in full are the gazetteer's (Austin, Texas)" {
	run -0 entities en "PORTLAND, Ore. - The district, based near Sacramento, Calif., and Austin, Texas, apologized." '[.label, .text]'
	assert_output '[["LOC","PORTLAND"],["LOC","Ore."],["LOC","Sacramento"],["LOC","Calif."],["LOC","Austin"],["LOC","Texas"]]'
}

@test "tag-entities: an acronym in brackets that an organisation's name before it spells by syllables, as French writes many as words, takes its label and key, and so do its mentions (Fédération nationale de l'immobilier (Fnaim), the Federal Reserve (Fed)); the long form takes the acronym's key" {
	run -0 entities fr "La Fédération nationale de l'immobilier (Fnaim) estime que les prix vont baisser. Selon la Fnaim, les ventes reculent." '[.label, .text]'
	assert_output '[["ORG","Fédération nationale de l'"'"'immobilier"],["ORG","Fnaim"],["ORG","Fnaim"]]'
	run -0 entities fr "Le Mouvement des entreprises de France (Medef) proteste." '[.label, .text, .key]'
	assert_output '[["ORG","Mouvement des entreprises de France","org:medef"],["ORG","Medef","org:medef"]]'
	run -0 entities en "The Federal Reserve (Fed) held rates. The Fed said it would wait." '[.label, .text, .key]'
	assert_output '[["ORG","Federal Reserve","org:fed"],["ORG","Fed","org:fed"],["ORG","Fed","org:fed"]]'
}

@test "tag-entities: City Hall, the seat of any city's government, is a seat of power with no key: an organisation where it acts, a place after a place preposition (City Hall said; went to City Hall); French writes l'hôtel de ville in lowercase, no name" {
	run -0 entities en "City Hall would fund new programmes, the mayor said, after a rally at City Hall." '[.label, .text, .key]'
	assert_output '[["ORG","City Hall",null],["LOC","City Hall",null]]'
	run -0 entities fr "L'hôtel de ville a annoncé de nouveaux programmes." '[.label, .text]'
	assert_output '[]'
}

@test "tag-entities: Number 10, No 10, the British government's metonyms, are the seat of Downing Street (Keir Starmer met X, Number 10 said)" {
	run -0 entities en "The prime minister met the envoy on Tuesday, Number 10 said. No 10 declined to comment." '[.label, .text, .key]'
	assert_output '[["DATE","Tuesday",null],["ORG","Number 10","org:downingstreet"],["ORG","No 10","org:downingstreet"]]'
}

@test "tag-entities: an acronym in capitals the French model leaves is an organisation (la FCPE, le SNES-FSU, du FLNKS); not a common noun's (le PIB), a Roman numeral, a word in a line or rubric in capitals" {
	run -0 ents fr "La FCPE a protesté, comme les militants du FLNKS."
	assert_output '[["ORG","FCPE"],["ORG","FLNKS"]]'
	run -0 ents fr "Le SNES-FSU juge le calendrier intenable."
	assert_output '[["ORG","SNES-FSU"]]'
	run -0 ents fr "Le PIB a reculé sous Louis XIV, selon la note."
	assert_output '[["PER","Louis XIV"]]'
	run -0 ents fr $'LE SCAN POLITIQUE - Le débat a repris.'
	assert_output '[]'
	run -0 ents fr $'APPEL À LA GRÈVE DE LA FCPE\nLe débat a repris.'
	refute_output --partial '"FCPE"'
}

@test "tag-entities: a name of the model's never ends with an elided article: in lowercase, the word glued after it is the name's (la Ligue des droits de l'homme, la Ligue de l'enseignement); capitalised, the name ends before it" {
	run -0 ents fr "La Ligue des droits de l'homme a déposé un recours."
	assert_output '[["ORG","Ligue des droits de l'"'"'homme"]]'
	run -0 ents fr "La Ligue de l’enseignement a déposé un recours."
	assert_output '[["ORG","Ligue de l’enseignement"]]'
	run -0 ents fr "Par Jean Dupont D'après les pompiers, la victime est un homme."
	assert_output '[["PER","Jean Dupont"]]'
}

@test "tag-entities: a polling institute's or a firm of consultants' name after its noun is an organisation (l'institut Ipsos, le cabinet Deloitte)" {
	run -0 ents fr "Selon une enquête de l'institut Ipsos publiée mardi."
	assert_output '[["ORG","Ipsos"],["DATE","mardi"]]'
	run -0 ents fr "Selon le cabinet Deloitte, la croissance ralentit."
	assert_output '[["ORG","Deloitte"]]'
}

@test "tag-entities: after a noun of organisation_appositions, a capitalised office before a given name is a person's title, no organisation's name (Union President John Davis); French writes the office in lowercase" {
	run -0 ents en "Union President John Davis said the vote was clear."
	assert_output '[["PER","John Davis"]]'
	run -0 ents en "The broadcaster President Media said it would appeal."
	assert_output '[["ORG","President Media"]]'
}

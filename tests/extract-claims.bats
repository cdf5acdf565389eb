#!/usr/bin/env bats
# extract-claims: each construction in French and English, the flags, the
# errors, and the whole pipeline on the sample and reference articles.

load common

# claims LANG TEXT [FILTER]: a jq FILTER (by default kind, source, cue and
# content) over the claims extract-claims finds in TEXT.  The record has
# no entities, which few rules read and tag-entities is slow to start
# under the sanitizers; claims_tagged runs it.
claims() {
	local filter=${3:-'[.kind, .source.text, .cue.text, .content.text]'}
	record "$1" "$2" | segment | jq -c '. + {entities: []}' |
	    extract-claims | jq -c "[.claims[] | $filter]"
}

claims_tagged() {
	record "$1" "$2" | segment | tag-entities | extract-claims |
	    jq -c "[.claims[] | $3]"
}

@test "extract-claims: a bad option exits 64 with the usage on stderr" {
	run -64 --separate-stderr extract-claims --bogus
	[[ "$stderr" == *"usage: extract-claims"* ]]
}

@test "extract-claims: a record tag-entities has not seen is a data error (65)" {
	f=$(mkinput in.jsonl '{"text":"Il a dit oui.","lang":"fr","tokens":[[0,2]],"sentences":[[0,13]]}\n')
	run -65 --separate-stderr extract-claims "$f"
	assert_equal "$stderr" "extract-claims: $f:1: no \"entities\" (run tag-entities first)"
	f=$(mkinput seg.jsonl '{"text":"Oui.","lang":"fr","entities":[]}\n')
	run -65 --separate-stderr extract-claims "$f"
	assert_equal "$stderr" "extract-claims: $f:1: no \"tokens\" (run segment first)"
	f=$(mkinput ent.jsonl '{"text":"Oui.","lang":"fr","tokens":[[0,3]],"sentences":[[0,4]],"entities":[{"start":0}]}\n')
	run -65 --separate-stderr extract-claims "$f"
	assert_equal "$stderr" "extract-claims: $f:1: \"entities\" is not an array of objects with a start and an end"
}

@test "extract-claims: no sentences under tokens, or sentences out of order or range, are a data error (65)" {
	f=$(mkinput none.jsonl '{"text":"Il a dit que oui.","lang":"fr","sentences":[],"tokens":[[0,2],[3,4],[5,8],[9,12],[13,16],[16,17]],"entities":[]}\n')
	run -65 --separate-stderr extract-claims "$f"
	assert_equal "$stderr" "extract-claims: $f:1: tokens, but no sentences (run segment again)"
	f=$(mkinput order.jsonl '{"text":"Il a dit que oui.","lang":"fr","sentences":[[0,17],[3,9]],"tokens":[[0,2]],"entities":[]}\n')
	run -65 --separate-stderr extract-claims "$f"
	assert_equal "$stderr" "extract-claims: $f:1: sentence 1 [3,9] is empty, out of order or beyond the text"
	f=$(mkinput range.jsonl '{"text":"Il a dit que oui.","lang":"fr","sentences":[[0,99]],"tokens":[[0,2]],"entities":[]}\n')
	run -65 --separate-stderr extract-claims "$f"
	assert_equal "$stderr" "extract-claims: $f:1: sentence 0 [0,99] is empty, out of order or beyond the text"
}

@test "extract-claims: -k reports a bad record and goes on; other fields pass byte for byte" {
	f=$(mkinput in.jsonl '{"text":"x"}\n{"n":12345678901234567890, "text":"Oui.","lang":"fr","tokens":[[0,3],[3,4]],"sentences":[[0,4]],"entities":[]}\n')
	run -65 --separate-stderr extract-claims -k "$f"
	assert_output '{"n":12345678901234567890, "text":"Oui.","lang":"fr","tokens":[[0,3],[3,4]],"sentences":[[0,4]],"entities":[],"claims":[]}'
	[[ "$stderr" == *"$f:1: no \"tokens\" (run segment first)" ]]
}

@test "extract-claims: rerun on its own output, it replaces claims in place" {
	printf '%s' "La CGT affirme que le port est bloqué." |
	    jq -Rsc '{text: ., lang: "fr"}' | segment | tag-entities |
	    extract-claims >"$BATS_TEST_TMPDIR/once.jsonl"
	run -0 extract-claims "$BATS_TEST_TMPDIR/once.jsonl"
	assert_output "$(cat "$BATS_TEST_TMPDIR/once.jsonl")"
}

@test "extract-claims: SOURCE CUE que/that CONTENT" {
	run -0 claims fr "La CGT affirme que le port restera bloqué jusqu'à lundi."
	assert_output '[["assertion","La CGT","affirme","le port restera bloqué jusqu'"'"'à lundi"]]'
	run -0 claims en "The union said that the port would stay closed until Monday."
	assert_output '[["assertion","The union","said","the port would stay closed until Monday"]]'
	run -0 claims en "The mayor said he would resign."
	assert_output '[["assertion","The mayor","said","he would resign"]]'
}

@test "extract-claims: English drops that; a that after the clause has begun is a relative" {
	run -0 claims en "The mayor said the city has rebuilt the road that it closed in May." '[.content.text]'
	assert_output '[["the city has rebuilt the road that it closed in May"]]'
	run -0 claims en "The mayor said on Monday that the city kept its promise." '[.content.text]'
	assert_output '[["the city kept its promise"]]'
	run -0 claims_tagged en "Sanders says Clinton ran a campaign that won the state." '[.content.text]'
	assert_output '[["Clinton ran a campaign that won the state"]]'
	run -0 claims_tagged en "He said he would back the plan that the council chose." '[.content.text]'
	assert_output '[["he would back the plan that the council chose"]]'
	run -0 claims_tagged en "She told CNN on Sunday that the plan was dead." '[.content.text]'
	assert_output '[["the plan was dead"]]'
}

@test "extract-claims: auxiliaries and adverbs join the cue" {
	run -0 claims fr "Le ministère avait déjà signalé que deux ponts étaient fermés."
	assert_output '[["report","Le ministère","avait déjà signalé","deux ponts étaient fermés"]]'
	run -0 claims en "The ministry had previously confirmed that two bridges were closed."
	assert_output '[["report","The ministry","had previously confirmed","two bridges were closed"]]'
	# adverbs of degree: almost, presque
	run -0 claims fr "Le maire a quasiment reconnu que le budget était trop faible."
	assert_output '[["assertion","Le maire","a quasiment reconnu","le budget était trop faible"]]'
	run -0 claims en "The mayor almost conceded that the budget was too small."
	assert_output '[["assertion","The mayor","almost conceded","the budget was too small"]]'
}

@test "extract-claims: an adverb of the profile's endings after an auxiliary joins the cue; a noun of those endings before the verb stays the source's" {
	run -0 claims en "The minister had bluntly said that the plan was good. The family has said that it would appeal."
	assert_output '[["assertion","The minister","had bluntly said","the plan was good"],["assertion","The family","has said","it would appeal"]]'
	# French lists its adverbs: those of the lexicon join the group
	run -0 claims fr "Le ministre avait clairement affirmé que le plan était bon."
	assert_output '[["assertion","Le ministre","avait clairement affirmé","le plan était bon"]]'
}

@test "extract-claims: a subject that a noun of events, texts, evidence or markets heads, naming no one, makes no claim; a person's title with such a complement does" {
	run -0 claims fr "Les digues sont fragiles, comme l'a montré la tempête. Une telle stratégie exige une réponse rapide. La loi de finances prévoit que les salaires augmentent. Le chef du projet a affirmé que le plan était bon." '[.source.text, .cue.text]'
	assert_output '[["Le chef du projet","a affirmé"]]'
	run -0 claims en "As the storm showed, the dikes are weak. This situation demands a quick response. The data show that wages rose. The budget office said that the deficit would grow." '[.source.text, .cue.text]'
	assert_output '[["The budget office","said"]]'
	# markets neither
	run -0 claims fr "Les marchés ont salué la décision : l'euro a reculé de 0,3 %." '.cue.text'
	assert_output '[]'
	run -0 claims en "Markets welcomed the move: the dollar fell 0.3%." '.cue.text'
	assert_output '[]'
}

@test "extract-claims: the changes figures tell (results, a rise, cuts) say nothing; a cue coordinated after a content they open is its speaker's" {
	run -0 claims fr "Les analystes ont estimé que les suppressions de postes montraient le sérieux de la direction et ont averti que la concurrence resterait forte." '[.source.text, .cue.text]'
	assert_output '[["Les analystes","ont estimé"],["Les analystes","ont averti"]]'
	run -0 claims en "Analysts said the cuts showed management was serious and warned that competition would stay fierce." '[.source.text, .cue.text]'
	assert_output '[["Analysts","said"],["Analysts","warned"]]'
	run -0 claims en "The results suggest that turnout fell. Statistics indicate that prices rose." '.cue.text'
	assert_output '[]'
}

@test "extract-claims: en and y before the verb after its subject are in its group, not the source; after a comma, a preposition" {
	run -0 claims fr "Les chercheurs en ont conclu que les papillons étaient mutés. La fédération en appelle à la responsabilité des usagers." '[.source.text, .cue.text]'
	assert_output '[["Les chercheurs","en ont conclu"],["La fédération","en appelle à"]]'
	run -0 claims fr "Le Luxembourg, en alerte rouge, attend la pluie." '[.cue.text]'
	assert_output '[]'
}

@test "extract-claims: selon / according to a person, a title or description between commas after the name is no part of the content" {
	run -0 claims_tagged fr "Selon Paul Verlaine, sociologue et professeur à l'université de Lille, une personne sans diplôme est pénalisée." '[.source.text, .content.text]'
	assert_output '[["Paul Verlaine","une personne sans diplôme est pénalisée"]]'
	run -0 claims_tagged en "According to Paul Verlaine, a sociologist at Lille University, a person without a degree is penalised." '[.source.text, .content.text]'
	assert_output '[["Paul Verlaine","a person without a degree is penalised"]]'
	# a clause after the comma is the content
	run -0 claims_tagged fr "Selon Paul Verlaine, les prix, qui montent, vont encore augmenter." '[.content.text]'
	assert_output '[["les prix, qui montent, vont encore augmenter"]]'
	# where the person speaks from: a link and a name, its acronym in
	# brackets; not a link before no name
	run -0 claims_tagged fr "Selon Claire Morel, du Fonds monétaire international (FMI), la croissance ralentit. Selon Paul Durand, de l'Insee, les prix montent. Selon Marc Roy, de toute façon, rien ne change." '[.content.text]'
	assert_output '[["la croissance ralentit"],["les prix montent"],["de toute façon, rien ne change"]]'
	# after a document, how the reporter had it
	run -0 claims_tagged fr "Selon le rapport de l'inspection, consulté par l'AFP, la dette a doublé." '[.source.text, .content.text]'
	assert_output "[[\"le rapport de l'inspection\",\"la dette a doublé\"]]"
	run -0 claims_tagged en "According to the memo, obtained by Reuters, the firm will cut 500 jobs." '[.source.text, .content.text]'
	assert_output '[["the memo","the firm will cut 500 jobs"]]'
}

@test "extract-claims: an aside that a preposition opens between subject and cue is no source, after a coordinator too" {
	run -0 claims fr "Mais le ministre, malgré la crise, avait affirmé que le plan était bon."
	assert_output '[["assertion","le ministre","avait affirmé","le plan était bon"]]'
	run -0 claims en "But the minister, despite the crisis, had said that the plan was good."
	assert_output '[["assertion","the minister","had said","the plan was good"]]'
}

@test "extract-claims: after and / et, a participle shares the auxiliary of the cue before it" {
	run -0 claims fr "Le maire a démenti toute hausse et affirmé que les impôts resteraient stables."
	assert_output '[["denial","Le maire","a démenti","toute hausse"],["assertion","Le maire","affirmé","les impôts resteraient stables"]]'
	run -0 claims en "The mayor has denied any rise and said that taxes would stay stable."
	assert_output '[["denial","The mayor","has denied","any rise"],["assertion","The mayor","said","taxes would stay stable"]]'
	# a participle alone, with no cue before it, is still an adjective
	run -0 claims fr "La région dite autonome et dite riche a voté."
	assert_output '[]'
}

@test "extract-claims: a verb of admission takes a noun phrase, as in English" {
	run -0 claims fr "Le ministre a reconnu des erreurs de communication."
	assert_output '[["assertion","Le ministre","a reconnu","des erreurs de communication"]]'
	run -0 claims fr "La directrice admet un retard du chantier."
	assert_output '[["assertion","La directrice","admet","un retard du chantier"]]'
	run -0 claims en "The minister admitted mistakes in communication."
	assert_output '[["assertion","The minister","admitted","mistakes in communication"]]'
	# its participle alone, an adjective, is none
	run -0 claims fr "Le territoire, internationalement reconnu comme souverain, a voté."
	assert_output '[]'
}

@test "extract-claims: a periphrasis before an infinitive cue joins its group (a fini par reconnaître, went on to say)" {
	run -0 claims fr "Le maire a fini par reconnaître que le budget était en déficit."
	assert_output '[["assertion","Le maire","a fini par reconnaître","le budget était en déficit"]]'
	run -0 claims fr "La ministre vient d'affirmer que le site restera ouvert."
	assert_output '[["assertion","La ministre","vient d'"'"'affirmer","le site restera ouvert"]]'
	run -0 claims en "The mayor went on to say that the budget is sound."
	assert_output '[["assertion","The mayor","went on to say","the budget is sound"]]'
	# an infinitive after any other verb is still that verb's content
	run -0 claims en "The mayor wants to say that the budget is balanced."
	assert_output '[]'
}

@test "extract-claims: a hedging periphrasis joins the cue's group and hedges the claim (semble reconnaître, appears to have admitted)" {
	run -0 claims fr "La maire semble reconnaître que le chantier a pris du retard."
	assert_output '[["assertion","La maire","semble reconnaître","le chantier a pris du retard"]]'
	run -0 claims fr "Le directeur semblait avoir admis que les comptes étaient faux."
	assert_output '[["assertion","Le directeur","semblait avoir admis","les comptes étaient faux"]]'
	run -0 claims en "The coach appeared to concede that the season was over."
	assert_output '[["assertion","The coach","appeared to concede","the season was over"]]'
	run -0 claims en "The firm seems to have acknowledged that the data leaked."
	assert_output '[["assertion","The firm","seems to have acknowledged","the data leaked"]]'
	run why fr "La maire semble reconnaître que le chantier a pris du retard."
	assert_output '[["assertion","cue","reconnaître",true,"hedge-word","semble"]]'
	run why en "The firm seems to have acknowledged that the data leaked."
	assert_output '[["assertion","cue","acknowledged",true,"hedge-word","seems"]]'
	# a perfect infinitive as the content stays the content
	run -0 claims fr "Le maire a assuré avoir prévenu les habitants."
	assert_output '[["assertion","Le maire","a assuré","avoir prévenu les habitants"]]'
}

@test "extract-claims: a cue's form after a preposition is a bare noun, no verb (amid claims that...)" {
	# English only: a French noun there takes its determiner
	run -0 claims en "Prices rose amid claims that the harvest was late."
	assert_output '[]'
	run -0 claims en "The vote went ahead despite warnings that the count was flawed."
	assert_output '[]'
	# the same forms as verbs, and a gerund after the preposition
	run -0 claims en "The farmer claims that the harvest was late."
	assert_output '[["assertion","The farmer","claims","the harvest was late"]]'
}

@test "extract-claims: a bare cue form after a determiner and an adjective is a noun, unless a clause follows it or the word between is a plural or a count" {
	# English: French bare forms are infinitives, no cue
	run -0 claims en "His biggest worry about the plan is its cost. She won her home state easily."
	assert_output '[]'
	run -0 claims en "The two warn that the plan will fail. Sources close to her campaign say she will run."
	assert_output '[["warning","The two","warn","the plan will fail"],["report","Sources close to her campaign","say","she will run"]]'
}

@test "extract-claims: a judging participle set off by commas, with its agent, is an agentive passive (X, qualifié de... par Y,)" {
	run -0 claims fr "Le barrage, qualifié de fragile par les ingénieurs, sera renforcé."
	assert_output '[["assertion","les ingénieurs","qualifié","fragile"]]'
	run -0 claims en "The dam, called fragile by the engineers, will be strengthened."
	assert_output '[["assertion","the engineers","called","fragile"]]'
	# without its agent the judgement is the reporter's
	run -0 claims fr "Le barrage, qualifié de fragile, sera renforcé."
	assert_output '[]'
	# a participle no shorter than its lemma is no noun before de
	run -0 claims fr "Le barrage a été qualifié de fragile par les ingénieurs."
	assert_output '[["assertion","les ingénieurs","a été qualifié","fragile"]]'
}

@test "extract-claims: the agent after a target passive's content is its source (accusé de fraude par le parquet)" {
	# a place or a time ends the agent (a date is tag-entities')
	run -0 claims_tagged fr "Le trésorier est accusé de détournement par le parquet lundi." '[.kind, .source.text, .cue.text, .content.text]'
	assert_output '[["accusation","le parquet","est accusé","de détournement"]]'
	run -0 claims en "The treasurer was accused of embezzlement by federal prosecutors on Monday."
	assert_output '[["accusation","federal prosecutors","was accused","of embezzlement"]]'
	# the agent of a passive inside the content is not the source
	run -0 claims fr "Le trésorier est accusé d'avoir été payé par une entreprise."
	assert_output '[["accusation",null,"est accusé","d'"'"'avoir été payé par une entreprise"]]'
}

@test "extract-claims: an incise inside the quotation it attributes (« A, a-t-elle assuré. B »)" {
	run -0 claims fr "« Le chantier avance bien, a-t-elle assuré. Les délais seront tenus. »" '[.source.text, .cue.text, .content.text, .direct, .sentence]'
	assert_output '[["elle","a-t-elle assuré","Le chantier avance bien",true,0],["elle","a-t-elle assuré","Les délais seront tenus.",true,1]]'
	# a subject alone before it: one interrupted content
	run -0 claims fr "« Le pont, précise le maire, restera fermé jusqu'en mai. »" '[.source.text, .cue.text, .content.text]'
	assert_output "[[\"le maire\",\"précise\",\"Le pont, précise le maire, restera fermé jusqu'en mai\"]]"
	# a cue of the speaker's own, inside the quotation, is none
	run -0 claims fr "« Je vous le dis, rien ne changera, et nous le répéterons. »"
	assert_output '[]'
	# English sets its incise outside the marks: inside, a cue is the speaker's
	run -0 claims en '"We met the mayor, said nothing, and left."'
	assert_output '[]'
}

@test "extract-claims: before de, a cue's form is a noun only as its lemma's noun or that noun's plural (des annonces de..., noun_stem_endings)" {
	run -0 claims fr "Rumeurs et annonces de fermeture se multiplient dans la région."
	assert_output '[]'
	# a participle as long as its lemma in bytes (accusé, accuser) is none
	run -0 claims fr "Le trésorier a été accusé de fraude."
	assert_output '[["accusation",null,"a été accusé","de fraude"]]'
	# the verb itself still is one
	run -0 claims fr "Le groupe annonce de nouvelles fermetures dans la région."
	assert_output '[["report","Le groupe","annonce","de nouvelles fermetures dans la région"]]'
}

@test "extract-claims: a warning's short topic is the danger it tells, no object (warned of a slowdown, a averti d'un ralentissement)" {
	run -0 claims fr "La banque a averti d'un ralentissement."
	assert_output "[[\"warning\",\"La banque\",\"a averti\",\"d'un ralentissement\"]]"
	run -0 claims en "The bank warned of a slowdown."
	assert_output '[["warning","The bank","warned","of a slowdown"]]'
	# whom it warns alone, and another cue's topic, are no content
	run -0 claims en "The bank warned its clients."
	assert_output '[]'
	run -0 claims en "The workers were informed of the rules."
	assert_output '[]'
}

@test "extract-claims: negated speech is no claim; adverbs join the group, not the source" {
	run -0 claims en "The mayor did not say whether the plan would change."
	assert_output '[]'
	run -0 claims en "He never claimed that the plan had failed."
	assert_output '[]'
	run -0 claims fr "Le maire n'a jamais affirmé que le plan avait échoué."
	assert_output '[]'
	# a negation in the content is the speaker's
	run -0 claims en "He said that the plan had not failed." '.cue.text'
	assert_output '["said"]'
	run -0 claims en "The council eventually admitted that the plan had failed." '[.source.text, .cue.text]'
	assert_output '[["The council","eventually admitted"]]'
	run -0 claims fr "Le conseil a finalement admis que le plan avait échoué." '[.source.text, .cue.text]'
	assert_output '[["Le conseil","a finalement admis"]]'
}

@test "extract-claims: a phrase inside the verb group (a pour sa part estimé, a, de son côté, estimé)" {
	run -0 claims fr "La ministre a pour sa part estimé que la grève était finie. Les députés ont eux aussi affirmé que la loi passerait." '[.source.text, .cue.text]'
	assert_output '[["La ministre","a pour sa part estimé"],["Les députés","ont eux aussi affirmé"]]'
	run -0 claims fr "La ministre a, de son côté, estimé que la grève était finie." '[.source.text, .cue.text]'
	assert_output '[["La ministre","a, de son côté, estimé"]]'
}

@test "extract-claims: SOURCE CUE + noun phrase" {
	run -0 claims fr "La préfecture a signalé la mort de deux manifestants près du port."
	assert_output '[["report","La préfecture","a signalé","la mort de deux manifestants près du port"]]'
	run -0 claims en "The company has announced a new plan for the factory."
	assert_output '[["report","The company","has announced","a new plan for the factory"]]'
}

@test "extract-claims: SOURCE CUE + a quotation as the noun phrase, in straight marks as in « »" {
	run -0 claims fr 'Le syndicat dénonce "une provocation du patronat".'
	assert_output '[["accusation","Le syndicat","dénonce","une provocation du patronat"]]'
	run -0 claims fr 'Le syndicat dénonce « une provocation du patronat ».'
	assert_output '[["accusation","Le syndicat","dénonce","une provocation du patronat"]]'
	run -0 claims en 'The union denounced "a provocation by the employers".'
	assert_output '[["accusation","The union","denounced","a provocation by the employers"]]'
}

@test "extract-claims: a date or a phrase of the medium between the cue and its object is not said" {
	# dates are tag-entities'
	run -0 claims_tagged fr "Le syndicat a dénoncé mardi une décision injuste." '.content.text'
	assert_output '["une décision injuste"]'
	run -0 claims fr "Le syndicat a annoncé lors d'une conférence de presse la fin de la grève."
	assert_output '[["report","Le syndicat","a annoncé","la fin de la grève"]]'
	run -0 claims fr "Le maire a dénoncé dans une interview à la radio un « putsch »."
	assert_output '[["accusation","Le maire","a dénoncé","un « putsch »"]]'
	run -0 claims_tagged en "The union announced on Monday the end of the strike." '.content.text'
	assert_output '["the end of the strike"]'
	run -0 claims en "The union announced in a statement the end of the strike."
	assert_output '[["report","The union","announced","the end of the strike"]]'
	run -0 claims en "The firm announced in a memo the closure of the plant." '.content.text'
	assert_output '["the closure of the plant"]'
	run -0 claims fr "La direction a annoncé dans un courriel la fermeture du site." '.content.text'
	assert_output '["la fermeture du site"]'
	# a name there is the outlet or whom it was said to (tag-entities'),
	# a straight quotation mark opening what is said
	run -0 claims_tagged fr "La députée a dénoncé sur Radio Vésubie « une faute grave ». Le préfet a promis à la CGT « une réponse rapide »." '.content.text'
	assert_output '["une faute grave","une réponse rapide"]'
	run -0 claims_tagged en 'The senator denounced on Fox News "a grave error". The mayor denounced in a statement "a betrayal".' '.content.text'
	assert_output '["a grave error","a betrayal"]'
	# not a name an infinitive follows: the target is the content's
	run -0 claims_tagged fr "La Turquie a reproché au président Paul Dorn de vouloir « fermer les yeux »." '.content.text'
	assert_output '["au président Paul Dorn de vouloir « fermer les yeux »"]'
	# what follows is the object itself: a possessive, an infinitive
	run -0 claims_tagged en "The union condemned Friday's vote." '.content.text'
	assert_output '["Friday'"'"'s vote"]'
	run -0 claims en "The mayor promised in a letter to resign."
	assert_output '[["assertion","The mayor","promised","in a letter to resign"]]'
}

@test "extract-claims: selon / according to, before or after the content" {
	run -0 claims fr "Selon la préfecture, 3 000 personnes ont défilé dans le calme."
	assert_output '[["report","la préfecture","Selon","3 000 personnes ont défilé dans le calme"]]'
	run -0 claims fr "Trois mille personnes ont défilé, d'après les organisateurs."
	assert_output '[["report","les organisateurs","d'"'"'après","Trois mille personnes ont défilé"]]'
	run -0 claims en "About 3,000 people marched, according to the police."
	assert_output '[["report","the police","according to","About 3,000 people marched"]]'
	run -0 claims fr "Il a réfuté les informations selon lesquelles la mine serait fermée."
	[[ "$output" != *'"selon"'* ]]
}

@test "extract-claims: according to X after a comma, then but; over an aside in dashes; before a quotation of sentences" {
	run -0 claims en "The mayor won 512 votes, according to a city tally, but the count goes on." '[.content.text]'
	assert_output '[["The mayor won 512 votes"]]'
	run -0 claims en "The mayor won by 40 votes — or about 2 percent — in early returns, according to the city." '[.content.text]'
	assert_output '[["The mayor won by 40 votes — or about 2 percent — in early returns"]]'
	run -0 claims fr "Selon le journal, « Le port est fermé. Les grues sont à l'arrêt. » Rien d'autre." '[.content.text, .direct]'
	assert_output '[["Le port est fermé. Les grues sont à l'"'"'arrêt.",true]]'
}

@test "extract-claims: selon / according to a role, its holder's name between commas: the name is the source's apposition, not the content" {
	run -0 claims_tagged fr "D'après le ministre du budget, Paul Verlaine, « il y a bien une ardoise cachée »." '[.source.text, .source.ref.text, .content.text]'
	assert_output '[["le ministre du budget","Paul Verlaine","il y a bien une ardoise cachée"]]'
	run -0 claims_tagged en "According to the budget minister, Paul Verlaine, the deficit will grow next year." '[.source.text, .source.ref.text, .content.text]'
	assert_output '[["the budget minister","Paul Verlaine","the deficit will grow next year"]]'
	# a name with an apposition of its own is the content's subject
	run -0 claims_tagged en "According to an FBI summary, Anne Morel, a top campaign aide, sent the employee an email." '[.content.text]'
	assert_output '[["Anne Morel, a top campaign aide, sent the employee an email"]]'
}

@test "extract-claims: CONTENT, selon / according to a role, its holder's name ending the sentence: the name is the source's apposition, the content before" {
	run -0 claims_tagged en "The bridge will reopen in June, according to the county engineer, Dana Whitlock." '[.source.text, .source.ref.text, .content.text]'
	assert_output '[["the county engineer","Dana Whitlock","The bridge will reopen in June"]]'
	run -0 claims_tagged en "The hearing was moved to May, according to its chairman, Sen. Ray Booker." '[.source.text, .source.ref.text, .content.text]'
	assert_output '[["its chairman","Ray Booker","The hearing was moved to May"]]'
	run -0 claims_tagged fr "Le pont rouvrira en juin, selon le porte-parole du département, Denis Morel." '[.source.text, .source.ref.text, .content.text]'
	assert_output '[["le porte-parole du département","Denis Morel","Le pont rouvrira en juin"]]'
	run -0 claims_tagged fr "L'usine fermera en mai, selon le syndicat, la CGT." '[.source.text, .content.text]'
	assert_output '[["le syndicat","L'"'"'usine fermera en mai"]]'
}

@test "extract-claims: a record that ends on selon X, / according to X, has no content, nothing read past its end" {
	# The record before it leaves an opening quotation mark where the
	# last record's token after its end would be: what was read there
	# (a quotation of the other record, or bytes past this one's text)
	# came out as its content.
	for l in fr en; do
		case $l in
		fr) a="Il a dit que le ciel était bleu « Les grues sont à l'arrêt et le port est fermé depuis lundi. »"
		    b="Le ciel est bleu. Selon elle," ;;
		en) a="He said that the sky was so blue \"The cranes have stopped and the port has been shut since Monday.\""
		    b="The sky is blue. According to her," ;;
		esac
		f=$BATS_TEST_TMPDIR/$l.jsonl
		{ record "$l" "$a"; echo; record "$l" "$b"; echo; } >"$f"
		run -0 sh -c 'segment "$1" | jq -c ". + {entities: []}" |
		    extract-claims | jq -c "[.claims[] | .cue.text]"' sh "$f"
		assert_line -n 1 '[]'
	done
}

@test "extract-claims: selon X after an inverted claim scopes over the apposition to its source, not over that claim" {
	run -0 claims fr "« Ces chiffres sont faux », a déclaré M. Martin, arrivé deuxième au scrutin selon les résultats provisoires."
	assert_output '[["assertion","M. Martin","a déclaré","Ces chiffres sont faux"],["report","les résultats provisoires","selon","arrivé deuxième au scrutin"]]'
	run -0 claims en '"These figures are false," said Mr. Martin, second in the vote according to provisional results.'
	assert_output '[["assertion","Mr. Martin","said","These figures are false"],["report","provisional results","according to","second in the vote"]]'
}

@test "extract-claims: a quotation, then an inverted cue and source" {
	run -0 claims fr "« Nous ne céderons pas », a déclaré la secrétaire du syndicat."
	assert_output '[["assertion","la secrétaire du syndicat","a déclaré","Nous ne céderons pas"]]'
	run -0 claims en '"We will not give in," said the union leader.'
	assert_output '[["assertion","the union leader","said","We will not give in"]]'
	run -0 claims en '"We will not give in," she said.'
	assert_output '[["assertion","she","said","We will not give in"]]'
	run -0 claims en '"We will not give in," Jane Smith, the union leader, told reporters.'
	assert_output '[["assertion","Jane Smith","told","We will not give in"]]'
}

@test "extract-claims: after an inverted source and its apposition, that or que opens a relative, not a content, in both languages" {
	run -0 claims_tagged fr '« Nous ne céderons pas », a dit Jean Dupont, un élu que tout le village apprécie.' '[.source.text, .content.text]'
	assert_output '[["Jean Dupont","Nous ne céderons pas"]]'
	run -0 claims_tagged en '"We will not give in," said Ken Moore, head of the fund, a group that works to elect candidates.' '[.source.text, .content.text]'
	assert_output '[["Ken Moore","We will not give in"]]'
	# a cue's object may have its relative before the content's that
	run -0 claims_tagged en 'He told the committee on Monday that the plan had failed.' '[.source.text, .content.text]'
	assert_output '[["He","the plan had failed"]]'
}

@test "extract-claims: a place or a topic before an inverted cue is not its source; à for a before a participle" {
	run -0 claims fr "Le feu a pris vers minuit, dans l'entrepôt du port, a indiqué le préfet."
	assert_output '[["report","le préfet","a indiqué","Le feu a pris vers minuit, dans l'"'"'entrepôt du port"]]'
	run -0 claims en "The fire broke out at midnight, in the harbour warehouse, said the prefect."
	assert_output '[["assertion","the prefect","said","The fire broke out at midnight, in the harbour warehouse"]]'
	# a misspelt auxiliary, French only: English has no such one
	run -0 claims fr "Le feu a pris vers minuit, à indiqué le préfet."
	assert_output '[["report","le préfet","à indiqué","Le feu a pris vers minuit"]]'
	run -0 claims fr "Le préfet pense à tout."
	assert_output '[]'
}

@test "extract-claims: NP, apposition, cue: the noun phrase that opens the sentence speaks, not its apposition" {
	run -0 claims_tagged fr "Marie Dupont, secrétaire d'État à l'égalité, a déclaré que la cagnotte était une honte." '.source.text'
	assert_output '["Marie Dupont"]'
	run -0 claims_tagged en "Jane Smith, junior minister for equality, said the kitty was a disgrace." '.source.text'
	assert_output '["Jane Smith"]'
	run -0 claims fr "La maire, une ancienne avocate, a affirmé que le plan était prêt." '.source.text'
	assert_output '["La maire"]'
	run -0 claims en "The mayor, a former judge, said the plan was ready." '.source.text'
	assert_output '["The mayor"]'
	# the apposition is the source's ref
	run -0 claims en "The mayor, a former judge, said the plan was ready." '.source.ref.text'
	assert_output '["a former judge"]'
	# no content before the cue: not an inverted claim
	run -0 claims fr "Le ministre, M. Paul Martin, a appelé les parties à reprendre les négociations."
	assert_output '[["demand","Le ministre","a appelé","les parties à reprendre les négociations"]]'
	# an adverb or a place before it is no subject: the apposition stays
	run -0 claims en "In Paris, the mayor, said the plan was ready." '.source.text'
	assert_output '["the mayor"]'
}

@test "extract-claims: after X, who…, a cue followed by a clause has its source before" {
	run -0 claims_tagged en "The mayor, who lives in the old town, said one plan he likes is the new tram." '[.source.text, .content.text]'
	assert_output '[["The mayor","one plan he likes is the new tram"]]'
	run -0 claims_tagged en "Fares will not rise this year, noted the city's transport chief." '[.source.text, .content.text]'
	assert_output '[["the city'"'"'s transport chief","Fares will not rise this year"]]'
}

@test "extract-claims: a pronoun subject names its antecedent" {
	run -0 claims_tagged fr "Le maire Jean Dupont est arrivé lundi. Il a déclaré que le port rouvrirait. La ministre Marie Curie a estimé que la grève était finie. Elle a ajouté que les trains rouleraient." '[.source.text, .source.ref.text]'
	assert_output '[["Il","Jean Dupont"],["La ministre Marie Curie",null],["Elle","La ministre Marie Curie"]]'
	run -0 claims_tagged en "Paul Martin, the mayor, arrived on Monday. He said that the port would reopen." '[.source.text, .source.ref.text]'
	assert_output '[["He","Paul Martin"]]'
}

@test "extract-claims: Pour X, CONTENT when it opens the sentence and X speaks" {
	run -0 claims_tagged fr "Pour la CGT, c'est une provocation du gouvernement. Pour la première fois, les trains sont arrêtés. Il a voté pour Paul Martin, qui a gagné. Pour la police, 3 000 personnes ont défilé." '[.kind, .source.text, .cue.text, .content.text]'
	assert_output '[["assertion","la CGT","Pour","c'"'"'est une provocation du gouvernement"],["report","la police","Pour","3 000 personnes ont défilé"]]'
}

@test "extract-claims: an inverted pronoun names its antecedent" {
	run -0 claims_tagged fr "Le maire Jean Dupont a parlé lundi. « La ville paiera », a-t-il ajouté." '[.source.text, .source.ref.text, .source.ref.entity, .cue.text, .direct]'
	assert_output '[["il","Jean Dupont",0,"a-t-il ajouté",true]]'
	run -0 claims fr "Jean Dupont a estimé que le port rouvrirait. Selon lui, la grève est finie." '[.source.text, .source.ref.text]'
	assert_output '[["Jean Dupont",null],["lui","Jean Dupont"]]'
}

@test "extract-claims: a quotation over several sentences is one claim; the next one continues it" {
	run -0 claims fr "« Nous ne céderons pas. Jamais ! », a déclaré Paul Martin. « La direction le sait. »" '[.source.text, .cue.text, .content.text, .direct]'
	assert_output '[["Paul Martin","a déclaré","Nous ne céderons pas. Jamais !",true],["Paul Martin","a déclaré","La direction le sait.",true]]'
	run -0 claims fr "« Nous partons », a déclaré Paul Martin. «» Puis il est parti." '[.content.text]'
	assert_output '[["Nous partons"]]'
}

@test "extract-claims: CONTENT, SOURCE CUE with nothing said after the cue; A, SOURCE CUE, B" {
	run -0 claims_tagged en "The strike is over, the minister said on Monday. Talks will resume today, Paul Martin told reporters in Paris." '[.source.text, .cue.text, .content.text]'
	assert_output '[["the minister","said","The strike is over"],["Paul Martin","told","Talks will resume today"]]'
	run -0 claims_tagged en "In the end, Paul Martin said, the union would win. On Monday, the unions threatened to strike." '[.content.text]'
	assert_output '[["In the end, Paul Martin said, the union would win"],["to strike"]]'
	run -0 claims_tagged en "Trains stopped for a third day, state operator SNCF said, as unions vowed to go on." '[.source.text, .cue.text, .content.text]'
	assert_output '[["state operator SNCF","said","Trains stopped for a third day"],["unions","vowed","to go on"]]'
	run -0 claims_tagged en "Paul Martin arrived. The plan has failed, he told reporters." '[.source.text, .source.ref.text]'
	assert_output '[["he","Paul Martin"]]'
	run -0 claims_tagged en "Bernie Sanders won in his home state of Vermont." '[.cue.text]'
	assert_output '[]'
}

@test "extract-claims: whom a source told, a possessive's noun phrase (told Britain's parliament), is no content" {
	# English only: French names the hearer with à (a déclaré à la BBC)
	run -0 claims_tagged en "The harbour will close in May, the mayor told the city's council on Tuesday." '[.source.text, .cue.text, .content.text]'
	assert_output '[["the mayor","told","The harbour will close in May"]]'
	run -0 claims_tagged en "Ferries must carry fewer cars, she told the BBC's Today programme." '[.content.text]'
	assert_output '[["Ferries must carry fewer cars"]]'
	run -0 claims_tagged en "The senator told ABC's This Week that the vote would be close." '[.content.text]'
	assert_output '[["the vote would be close"]]'
	run -0 claims_tagged en "He said Canada's economy was slowing." '[.content.text]'
	assert_output "[[\"Canada's economy was slowing\"]]"
}

@test "extract-claims: CLAUSE, ce que SOURCE CUE / which SOURCE CUE: the clause before the comma is what the source says" {
	run -0 claims_tagged fr "La digue a cédé samedi, ce que la mairie a confirmé dans un communiqué." '[.kind, .source.text, .cue.text, .content.text]'
	assert_output '[["report","la mairie","a confirmé","La digue a cédé samedi"]]'
	# the claim before it ends at the comma: both say the same
	run -0 claims_tagged fr "Le directeur affirme que l'usine respecte les normes, ce que les riverains contestent." '[.source.text, .cue.text, .content.text]'
	assert_output "[[\"Le directeur\",\"affirme\",\"l'usine respecte les normes\"],[\"les riverains\",\"contestent\",\"l'usine respecte les normes\"]]"
	run -0 claims_tagged en "The mayor sold the land to his cousin, which his office denies." '[.kind, .source.text, .cue.text, .content.text]'
	assert_output '[["denial","his office","denies","The mayor sold the land to his cousin"]]'
	run -0 claims_tagged en "The club hid its losses for years, a charge its owners dispute." '[.source.text, .content.text]'
	assert_output '[["its owners","The club hid its losses for years"]]'
	# a relative's antecedent a noun names is no content: no claim
	run -0 claims_tagged en "The council approved the budget, which the mayor announced on Monday." '[.cue.text]'
	assert_output '[]'
	run -0 claims_tagged fr "Le conseil a voté la réforme, une mesure que les syndicats réclamaient depuis des mois." '[.cue.text]'
	assert_output '[]'
}

@test "extract-claims: that between a noun and a verb opens the noun's relative, no content of its own; right after the cue and before an auxiliary it is the content's subject (English; French writes qui and cela)" {
	run -0 claims_tagged en "The council admitted failures that led to the flooding." '[.content.text]'
	assert_output '[["failures that led to the flooding"]]'
	run -0 claims_tagged en "The firm acknowledged errors that had cost its clients millions." '[.content.text]'
	assert_output '[["errors that had cost its clients millions"]]'
	run -0 claims_tagged en "The mayor said that was a fair price." '[.content.text]'
	assert_output '[["that was a fair price"]]'
	run -0 claims_tagged fr "La mairie a reconnu des erreurs qui ont conduit aux inondations." '[.content.text]'
	assert_output '[["des erreurs qui ont conduit aux inondations"]]'
	# a participle's adjective after that, or a subject: a complementizer
	run -0 claims_tagged en "The sheriff told reporters that stolen tools were found." '[.content.text]'
	assert_output '[["stolen tools were found"]]'
	run -0 claims_tagged en "The sheriff told reporters that the tools were found." '[.content.text]'
	assert_output '[["the tools were found"]]'
}

@test "extract-claims: a relative on the subject with no comma is no source: the noun phrase before it speaks (The firm that runs the ferries said, l'enquête sur les crues qui ont frappé la vallée a conclu)" {
	run -0 claims_tagged en "The firm that runs the ferries said the timetable would change." '[.source.text, .content.text]'
	assert_output '[["The firm","the timetable would change"]]'
	run -0 claims_tagged en "A review of the fires that destroyed the mill has found that alarms were switched off." '[.source.text]'
	assert_output '[["A review of the fires"]]'
	run -0 claims_tagged fr "La société qui exploite les ferries a affirmé que les horaires changeraient." '[.source.text, .content.text]'
	assert_output '[["La société","les horaires changeraient"]]'
	run -0 claims_tagged fr "L'enquête sur les incendies qui ont détruit la scierie a conclu que les alarmes étaient coupées." '[.source.text]'
	assert_output '[["L'"'"'enquête sur les incendies"]]'
	# an object relative's subject speaks in it
	run -0 claims_tagged en "The claims that officials said were false have vanished." '[.source.text]'
	assert_output '[["officials"]]'
}

@test "extract-claims: a wrong the speaker says they did is an admission, no accusation (We failed them, nous avons menti); done to them, or a cue of blaming, it accuses" {
	run -0 claims_tagged en '"We failed those families," Ms Reid said.' '[.kind]'
	assert_output '[["assertion"]]'
	run -0 claims_tagged en '"I have clearly lied to this committee," Mr Vance said.' '[.kind]'
	assert_output '[["assertion"]]'
	run -0 claims_tagged en '"They failed those families," Ms Reid said.' '[.kind]'
	assert_output '[["accusation"]]'
	run -0 claims_tagged fr "« Nous avons menti aux familles », a déclaré Mme Reid." '[.kind]'
	assert_output '[["assertion"]]'
	run -0 claims_tagged fr "« Ils nous ont menti », a déclaré Mme Reid." '[.kind]'
	assert_output '[["accusation"]]'
	run -0 claims_tagged fr "« Vous nous avez menti », a déclaré Mme Reid." '[.kind]'
	assert_output '[["accusation"]]'
	# negated, it stays a denial
	run -0 claims_tagged en '"We did not lie," the director said.' '[.kind]'
	assert_output '[["denial"]]'
}

@test "extract-claims: a cue's other sense after it in the passive is no saying (was admitted to hospital)" {
	run -0 claims_tagged en "The driver was admitted to hospital with burns." '[.content.text]'
	assert_output '[]'
	run -0 claims_tagged en "The driver admitted that he had been speeding." '[.content.text]'
	assert_output '[["he had been speeding"]]'
	run -0 claims_tagged fr "Le conducteur a été admis à l'hôpital." '[.content.text]'
	assert_output '[]'
}

@test "extract-claims: a cue of clauses followed by a phrase of time to the sentence's end has no content (will testify next month, témoignera le mois prochain)" {
	run -0 claims_tagged en "The treasurer will testify next month." '[.content.text]'
	assert_output '[]'
	run -0 claims_tagged fr "Le trésorier témoignera le mois prochain." '[.content.text]'
	assert_output '[]'
	# a clause after the phrase, or the phrase the clause's subject
	run -0 claims_tagged en "The treasurer testified last week that the accounts were sound." '[.content.text]'
	assert_output '[["the accounts were sound"]]'
	run -0 claims_tagged en "The treasurer said next year would be harder." '[.content.text]'
	assert_output '[["next year would be harder"]]'
}

@test "extract-claims: a phrase of time with a noun of time between the cue and its noun phrase is no content (réclament depuis des mois la fin de…)" {
	run -0 claims_tagged fr "Les infirmières réclament depuis des mois la réouverture du service." '[.cue.text, .content.text]'
	assert_output '[["réclament","la réouverture du service"]]'
	# English puts such a phrase after the object (have demanded a new
	# contract for months)
}

@test "extract-claims: that before a sentence's last word is a demonstrative, no complementizer (dismissed that claim; said he would keep that promise)" {
	# English only: French writes ce, cette, not que
	run -0 claims_tagged en "The union dismissed that claim." '[.cue.text]'
	assert_output '[]'
	run -0 claims_tagged en "The mayor said he would keep that promise." '[.content.text]'
	assert_output '[["he would keep that promise"]]'
}

@test "extract-claims: no dateline in a content, no date or preposition in a source after its cue" {
	run -0 claims_tagged fr "PARIS, 24 nov. 2026 (AFP) - Le trafic reste perturbé, a indiqué lundi la SNCF dans un communiqué." '[.source.text, .content.text]'
	assert_output '[["la SNCF","Le trafic reste perturbé"]]'
	run -0 claims_tagged en "WASHINGTON (Reuters) - The strike is over, said the minister on Monday." '[.source.text, .content.text]'
	assert_output '[["the minister","The strike is over"]]'
	run -0 claims_tagged fr "NANTES - Un incendie a détruit un entrepôt, a indiqué la préfecture." '[.source.text, .content.text]'
	assert_output '[["la préfecture","Un incendie a détruit un entrepôt"]]'
	run -0 claims_tagged en "DENVER - A storm closed the airport, officials said." '[.source.text, .content.text]'
	assert_output '[["officials","A storm closed the airport"]]'
	run -0 claims_tagged fr "La grève est finie, a estimé lundi" '[.source.text]'
	assert_output '[]'
	run -0 claims_tagged fr "La grève est finie, a estimé" '[.source.text]'
	assert_output '[]'
}

@test "extract-claims: que after a comma that follows the cue's object is a relative" {
	run -0 claims fr "M. Brun a démenti ces chiffres, qu'il juge fantaisistes." '[.cue.text]'
	assert_output '[]'
	run -0 claims fr "Il a affirmé la semaine dernière que la grève était finie." '[.content.text]'
	assert_output '[["la grève était finie"]]'
}

@test "extract-claims: SOURCE CUE, \"CONTENT\"; a quotation, then a sentence SOURCE CUE" {
	run -0 claims en 'He added, "In this case things happened that are not ordinary."' '[.source.text, .cue.text, .content.text, .direct]'
	assert_output '[["He","added","In this case things happened that are not ordinary.",true]]'
	run -0 claims_tagged en 'He left. "I ask, for who exactly?" Ms. Warren said on Monday.' '[.source.text, .content.text, .direct]'
	assert_output '[["Ms. Warren","I ask, for who exactly?",true]]'
	run -0 claims_tagged en "''It will take a junkyard dog,'' he said. Jane Smith said on Monday." '[.source.text, .content.text, .direct]'
	assert_output '[["he","It will take a junkyard dog",true]]'
	# Only when what comes before the cue can be who speaks.
	run -0 claims_tagged en 'He left. "Why not?" It is not clear what the mayor said.' '[.source.text]'
	assert_output '[]'
}

@test "extract-claims: a reflexive verb of wondering or surprise (s'interroge, s'étonne) is a cue next to a quotation only, its question other" {
	run -0 claims fr "« Qui paiera les filets perdus ? », s'interroge un pêcheur. « Déjà ? », s'étonne la maire. Les gendarmes ont interrogé les voisins." '[.kind, .source.text, .cue.text, .content.text]'
	assert_output "[[\"other\",\"un pêcheur\",\"s'interroge\",\"Qui paiera les filets perdus ?\"],[\"other\",\"la maire\",\"s'étonne\",\"Déjà ?\"]]"
}

@test "extract-claims: a verb of rejoinder (countered, retorted, a riposté) takes a clause or a quotation; the noun or an object is none" {
	run -0 claims en "Republicans countered that the bill did too little. \"That is false,\" she retorted. The army countered the attack. His retort was sharp." '[.source.text, .cue.text, .content.text]'
	assert_output '[["Republicans","countered","the bill did too little"],["she","retorted","That is false"]]'
	run -0 claims fr "« C'est faux », a riposté la ministre." '[.source.text, .cue.text, .content.text]'
	assert_output "[[\"la ministre\",\"a riposté\",\"C'est faux\"]]"
}

@test "extract-claims: a cue of going on counts only next to a quotation" {
	run -0 claims fr "« Nous ne céderons pas », poursuit-il. La police poursuit l'enquête." '[.source.text, .cue.text, .content.text, .direct]'
	assert_output '[["il","poursuit-il","Nous ne céderons pas",true]]'
	run -0 claims fr "Le maire a enchaîné : « Le chantier reprendra lundi. » Il enchaîne les réunions." '[.cue.text, .content.text]'
	assert_output '[["a enchaîné","Le chantier reprendra lundi."]]'
	run -0 claims en '"We will not give in," he continued. Prices continued to rise.' '[.source.text, .cue.text, .content.text]'
	assert_output '[["he","continued","We will not give in"]]'
}

@test "extract-claims: described X as Y: the object is the target, both the content" {
	run -0 claims en 'The mayor described the plan as "a disgrace".' '[.source.text, .cue.text, .target.text, .content.text, .mixed]'
	assert_output '[["The mayor","described","the plan","the plan as \"a disgrace\"",true]]'
	run -0 claims en 'What he described as a plan was a list. He described the scene.'
	assert_output '[]'
}

@test "extract-claims: called X Y: the object is the target, both the content; called for is a demand" {
	run -0 claims_tagged en 'The mayor called the plan "a disgrace". She called him a liar. The union called for a strike.' '[.kind, .source.text, .cue.text, .content.text, .target.text]'
	assert_output '[["accusation","The mayor","called","the plan \"a disgrace\"","the plan"],["accusation","She","called","him a liar","him"],["demand","The union","called for","a strike","a strike"]]'
	run -0 claims_tagged en 'They met a group called the "Friends of the Park". It was what he calls "a plan". He called her back. The mayor called them on Monday. He called Machado'"'"'s "sex tape" fake.' '[.cue.text]'
	assert_output '[]'
}

@test "extract-claims: a naming's object may hold its noun's complement; in French the name may come first, after de or quoted, then the object" {
	run -0 claims en 'The mayor called the plan to close the library "a disgrace".' '[.kind, .content.text]'
	assert_output '[["accusation","the plan to close the library \"a disgrace\""]]'
	run -0 claims fr "Le maire a qualifié l'appel à la grève d'irresponsable." '[.kind, .content.text]'
	assert_output "[[\"accusation\",\"l'appel à la grève d'irresponsable\"]]"
	run -0 claims fr "Le maire a qualifié d'irresponsable l'appel à la grève." '[.kind, .content.text]'
	assert_output "[[\"accusation\",\"d'irresponsable l'appel à la grève\"]]"
	run -0 claims fr "Le maire a jugé « irresponsable » l'appel à la grève, qui pénalise les usagers." '[.kind, .content.text]'
	assert_output "[[\"accusation\",\"« irresponsable » l'appel à la grève\"]]"
	# a gerund that names so after a clause's content is a claim of its own
	run -0 claims fr "Le ministre a reconnu que « la situation est tendue », tout en jugeant « irresponsable » l'appel à la grève." '[.cue.text, .content.text]'
	assert_output "[[\"a reconnu\",\"la situation est tendue\"],[\"en jugeant\",\"« irresponsable » l'appel à la grève\"]]"
	# an article's name never comes first: what she called a "rant", a…
	run -0 claims en 'She was sent home after what she called a "rant," a series of posts.' '[.content.text]'
	assert_output '[]'
}

@test "extract-claims: a cue's bare form may be a noun in the source after the cue" {
	run -0 claims fr "« Tout va bien », a ajouté un conseiller du ministre." '[.source.text]'
	assert_output '[["un conseiller du ministre"]]'
	run -0 claims en '"Taxes will rise," said a state official.' '[.source.text]'
	assert_output '[["a state official"]]'
}

@test "extract-claims: SOURCE CUE: « CONTENT »" {
	run -0 claims en 'The minister told the BBC: "The talks will resume on Monday."' '[.source.text, .cue.text, .content.text, .direct]'
	assert_output '[["The minister","told","The talks will resume on Monday.",true]]'
}

@test "extract-claims: a cue's colon that ends its sentence announces the next one" {
	run -0 claims fr "Le ministre a expliqué : Il n'y aura pas de hausse. Puis il est parti." '[.cue.text, .content.text, .sentence]'
	assert_output '[["a expliqué","Il n'"'"'y aura pas de hausse",0]]'
	run -0 claims en "The minister said:

Taxes will not rise." '[.cue.text, .content.text]'
	assert_output '[["said","Taxes will not rise"]]'
	# A colon further on does not reach into the next sentence.
	run -0 claims en "Paul said the plan has two parts:

Sell it first." '[.cue.text, .content.text]'
	refute_output --partial 'Sell it first'
}

@test "extract-claims: accusations and demands name their target" {
	run -0 claims fr "Le maire a accusé l'opposition de mentir sur les chiffres." '[.kind, .target.text, .content.text]'
	assert_output '[["accusation","l'"'"'opposition","l'"'"'opposition de mentir sur les chiffres"]]'
	run -0 claims fr "Le syndicat a demandé à la direction de retirer son plan." '[.kind, .target.text]'
	assert_output '[["demand","la direction"]]'
	run -0 claims en "The union accused the management of hiding the figures." '[.kind, .target.text]'
	assert_output '[["accusation","the management"]]'
	run -0 claims en "The minister urged both sides to resume talks." '[.kind, .target.text, .content.text]'
	assert_output '[["demand","both sides","both sides to resume talks"]]'
}

@test "extract-claims: coordinated cues share their subject" {
	run -0 claims fr "Le syndicat a dénoncé les licenciements et a averti qu'il bloquerait le port." '[.kind, .source.text, .cue.text, .content.text]'
	assert_output '[["accusation","Le syndicat","a dénoncé","les licenciements"],["warning","Le syndicat","a averti","il bloquerait le port"]]'
	run -0 claims en "The mayor announced new rules and warned that fines would rise." '[.kind, .source.text, .content.text]'
	assert_output '[["report","The mayor","new rules"],["warning","The mayor","fines would rise"]]'
}

@test "extract-claims: hedged by a distancing noun, a conditional or a hedge word" {
	run -0 claims fr "Le ministère a réfuté les allégations selon lesquelles ses soldats auraient tiré." '[.kind, .content.text, .hedged]'
	assert_output '[["denial","ses soldats auraient tiré",true]]'
	run -0 claims fr "Selon la police, il y aurait dix blessés." '[.hedged]'
	assert_output '[[true]]'
	run -0 claims fr "La police a indiqué qu'il y aurait dix blessés." '[.hedged]'
	assert_output '[[false]]'
	run -0 claims en "The firm dismissed claims that it had hidden losses." '[.kind, .content.text, .hedged]'
	assert_output '[["denial","it had hidden losses",true]]'
}

@test "extract-claims: a modal's conditional is the speaker's could or should, not the reporter's conditional" {
	run -0 claims fr "Selon les enquêteurs, le dossier pourrait être classé avant l'automne, et la prime devrait baisser." '[.content.text, .hedged]'
	assert_output '[["le dossier pourrait être classé avant l'"'"'automne, et la prime devrait baisser",false]]'
	run -0 claims fr "Selon les enquêteurs, le dossier serait classé." '[.hedged]'
	assert_output '[[true]]'
	run -0 claims en "According to investigators, the case could be closed before the autumn." '[.hedged]'
	assert_output '[[false]]'
}

@test "extract-claims: an account of what the source did or saw, as an infinitive or a gerund, is a claim; the verb's other sense is none" {
	run -0 claims fr "Des riverains ont raconté avoir vu de la fumée, et le gardien a expliqué avoir fermé les portes." '[.source.text, .cue.text, .content.text]'
	assert_output '[["Des riverains","ont raconté","avoir vu de la fumée"],["le gardien","a expliqué","avoir fermé les portes"]]'
	run -0 claims en "Neighbours recalled seeing smoke, and the guard described locking the doors." '[.source.text, .cue.text, .content.text]'
	assert_output '[["Neighbours","recalled","seeing smoke"],["the guard","described","locking the doors"]]'
	run -0 claims en "The carmaker recalled its trucks and the guide described the castle." '[.content.text]'
	assert_output '[]'
}

@test "extract-claims: a noun phrase that only names who, a person or informants, says nothing; a clause whose subject is a name does" {
	run -0 claims_tagged fr "Le maire a salué Marie Dupont. L'agence, citant deux sources, a affirmé que le bilan était lourd." '[.cue.text, .content.text]'
	assert_output '[["a affirmé","le bilan était lourd"]]'
	run -0 claims_tagged en "The mayor praised Marie Dupont. The agency, citing two sources, said the toll was heavy." '[.cue.text, .content.text]'
	assert_output '[["said","the toll was heavy"]]'
	run -0 claims_tagged en "Officials said Smith, who led the team, would resign." '[.content.text]'
	assert_output '[["Smith, who led the team, would resign"]]'
}

@test "extract-claims: a participle going on from a cue in the past takes its tense (ajoutant; a admis X mais promis que): its conditional is no hedge" {
	run -0 claims fr "« Je ne regrette rien », a déclaré le maire, ajoutant qu'il ferait appel." '[.cue.text, .hedged]'
	assert_output '[["a déclaré",false],["ajoutant",false]]'
	run -0 claims fr "Le maire annonce son départ, ajoutant qu'il ferait appel." '[.cue.text, .hedged]'
	assert_output '[["annonce",false],["ajoutant",true]]'
	# a past participle sharing the auxiliary before it
	run -0 claims fr "La maire a admis un retard mais promis que la ligne serait prête." '[.cue.text, .hedged]'
	assert_output '[["a admis",false],["promis",false]]'
}

@test "extract-claims: the name before one or more appositions speaks, an honorific's too; a sentence adverb before them is no content" {
	run -0 claims_tagged en "Mr Okafor, 54, insisted he was innocent." '[.source.text, .content.text]'
	assert_output '[["Mr Okafor","he was innocent"]]'
	run -0 claims_tagged fr "M. Okafor, 54 ans, a assuré qu'il était innocent." '[.source.text, .content.text]'
	assert_output '[["M. Okafor","il était innocent"]]'
	run -0 claims_tagged en "Lena Park, 62, a retired nurse, said the water rose fast." '[.source.text, .content.text]'
	assert_output '[["Lena Park","the water rose fast"]]'
	run -0 claims_tagged fr "Lena Park, 62 ans, infirmière retraitée, a raconté que l'eau était montée vite." '[.source.text, .content.text]'
	assert_output '[["Lena Park","l'"'"'eau était montée vite"]]'
	run -0 claims_tagged en "However, the firm, which makes chips, said sales fell." '[.source.text, .content.text]'
	assert_output '[["the firm","sales fell"]]'
	run -0 claims_tagged en "Meanwhile, the mayor, Rita Osei, said the bridge would reopen." '[.source.text]'
	assert_output '[["the mayor"]]'
	run -0 claims_tagged fr "Par ailleurs, le maire, Rita Osei, a dit que le pont rouvrirait." '[.source.text]'
	assert_output '[["le maire"]]'
	run -0 claims_tagged fr "Toutefois, l'entreprise, qui fabrique des puces, a dit que les ventes avaient baissé." '[.source.text, .content.text]'
	assert_output '[["l'"'"'entreprise","les ventes avaient baissé"]]'
}

@test "extract-claims: a contracted negation negates speech as not does: no claim" {
	run -0 claims_tagged en "He didn't say the plan had failed, and the aides don’t claim it worked." '[.source.text, .cue.text]'
	assert_output '[]'
	run -0 claims_tagged en "He did not say the plan had failed." '[.source.text, .cue.text]'
	assert_output '[]'
}

@test "extract-claims: marks alone are no source; an adverb between subject and cue is the cue's" {
	# a mail's quoting mark, or markup left in the text, before a cue
	run -0 claims_tagged en "> said the plan was dead." '[.source.text]'
	assert_output '[]'
	run -0 claims_tagged fr "> a dit que le plan était mort." '[.source.text]'
	assert_output '[]'
	run -0 claims_tagged en "He barely mentioned that the plan had failed, and she even admitted it was late." '[.source.text, .cue.text]'
	assert_output '[["He","barely mentioned"],["she","even admitted"]]'
}

@test "extract-claims: direct, mixed and indirect contents" {
	run -0 claims fr "Le ministre a estimé que la situation était « sous contrôle »." '[.direct, .mixed, .content.text]'
	assert_output '[[false,true,"la situation était « sous contrôle »"]]'
	run -0 claims en 'The mayor said: "It is over."' '[.direct, .mixed]'
	assert_output '[[true,false]]'
}

@test "extract-claims: no claim without a source, a cue used as a noun, or a cue inside a quotation" {
	run -0 claims fr "Demande de retrait des troupes"
	assert_output '[]'
	run -0 claims fr "Le communiqué est paru lundi. Aucune réponse n'a été émise."
	assert_output '[]'
	run -0 claims fr "« Ils affirment que tout va bien », a dit Paul Martin." '[.cue.text]'
	assert_output '[["a dit"]]'
	run -0 claims en "Howard rejects the claim"
	assert_output '[]'
}

@test "extract-claims: a denial of any such thing or of a verb is a claim; of a claim named by a noun, none" {
	run -0 claims fr "La fédération nie toute implication dans le trafic." '[.kind, .source.text, .content.text]'
	assert_output '[["denial","La fédération","toute implication dans le trafic"]]'
	run -0 claims fr "Le maire a démenti les rumeurs." '[.kind]'
	assert_output '[]'
	run -0 claims en "The club denied any wrongdoing in the transfer." '[.kind, .source.text, .content.text]'
	assert_output '[["denial","The club","any wrongdoing in the transfer"]]'
	run -0 claims en "The club denied the reports." '[.kind]'
	assert_output '[]'
	run -0 claims fr "Le trésorier nie avoir détourné les fonds." '[.kind, .content.text]'
	assert_output '[["denial","avoir détourné les fonds"]]'
	run -0 claims en "The coach denied having paid the players." '[.kind, .content.text]'
	assert_output '[["denial","having paid the players"]]'
}

@test "extract-claims: a cue whose content follows a preposition takes it; without one, a clause or nothing" {
	run -0 claims fr "La directrice s'est félicitée de l'accord signé par les syndicats." '[.kind, .source.text, .content.text]'
	assert_output '[["assertion","La directrice","l'"'"'accord signé par les syndicats"]]'
	run -0 claims fr "Le préfet se réjouit des mesures prises par la mairie." '[.source.text, .content.text]'
	assert_output '[["Le préfet","mesures prises par la mairie"]]'
	run -0 claims fr "Le préfet se réjouit que la route soit rouverte." '[.content.text]'
	assert_output '[["la route soit rouverte"]]'
	run -0 claims fr "Le ministre a insisté sur la sécurité des usagers." '[.content.text]'
	assert_output '[["la sécurité des usagers"]]'
	run -0 claims fr "Le ministre a félicité les joueurs." '[.kind]'
	assert_output '[]'
	run -0 claims en "The minister insisted on the safety of the passengers." '[.content.text]'
	assert_output '[["the safety of the passengers"]]'
}

@test "extract-claims: an object pronoun after the subject is in the verb group, not the source; after a preposition it is a determiner" {
	run -0 claims fr "La sénatrice l'assure : « Je ne voterai pas ce texte. »" '[.source.text, .cue.text, .content.text]'
	assert_output '[["La sénatrice","l'"'"'assure","Je ne voterai pas ce texte."]]'
	run -0 claims fr "Le directeur leur a dit que l'usine fermerait." '[.source.text, .cue.text]'
	assert_output '[["Le directeur","leur a dit"]]'
	run -0 claims fr "Il l'accuse d'avoir menti." '[.kind, .source.text]'
	assert_output '[["accusation","Il"]]'
	run -0 claims fr "Les élus réagissent à la menace posée par la crue." '[.cue.text]'
	assert_output '[]'
	run -0 claims fr "Au lendemain de l'annonce du plan, les marchés ont reculé." '[.cue.text]'
	assert_output '[]'
}

@test "extract-claims: a cue that takes an infinitive has it for content; a time word after it is none" {
	run -0 claims fr "La directrice assure avoir prévenu les salariés." '[.kind, .source.text, .content.text]'
	assert_output '[["assertion","La directrice","avoir prévenu les salariés"]]'
	run -0 claims fr "Le maire a quitté la salle, disant ne pas vouloir siéger." '[.source.text, .content.text]'
	assert_output '[["Le maire","ne pas vouloir siéger"]]'
	run -0 claims fr "Il a déclaré hier soir devant la presse." '[.kind]'
	assert_output '[]'
	run -0 claims en "The mayor claimed to have read the report." '[.source.text, .content.text]'
	assert_output '[["The mayor","to have read the report"]]'
}

@test "extract-claims: a subject relative's antecedent speaks: a noun from its determiner, a name alone" {
	run -0 claims fr "Le texte a été signé par la ministre de la Santé, qui a estimé qu'il protégeait les patients." '[.source.text, .content.text]'
	assert_output '[["la ministre de la Santé","il protégeait les patients"]]'
	run -0 claims fr "La grève a été suivie par le syndicaliste Paul Martin, qui l'a qualifiée de « victoire »." '[.source.text, .content.text]'
	assert_output '[["le syndicaliste Paul Martin","de « victoire »"]]'
	run -0 claims en "The board met Governor Ann Lee, who said that the budget was balanced." '[.source.text, .content.text]'
	assert_output '[["Governor Ann Lee","the budget was balanced"]]'
	run -0 claims en "The bill was signed by the mayor of Leeds, who said that it would save money." '[.source.text]'
	assert_output '[["the mayor of Leeds"]]'
}

@test "extract-claims: qualifier X de Y names X as the source calls it" {
	run -0 claims fr "Le sénateur a qualifié le projet de « mensonge »." '[.kind, .source.text, .content.text]'
	assert_output '[["accusation","Le sénateur","le projet de « mensonge »"]]'
	run -0 claims fr "La députée l'a qualifié de menteur." '[.kind, .content.text]'
	assert_output '[["accusation","de menteur"]]'
}

@test "extract-claims: an agentive passive of a cue that judges (jugé illégal par, described as unfit by) is the agent's claim" {
	run -0 claims fr "La réforme a été jugée illégale par le tribunal administratif." '[.source.text, .content.text]'
	assert_output '[["le tribunal administratif","illégale"]]'
	run -0 claims fr "Le projet est considéré comme dangereux par les experts du climat." '[.source.text, .content.text]'
	assert_output '[["les experts du climat","dangereux"]]'
	run -0 claims fr "La hausse des prix a été qualifiée de normale par la Banque de France." '[.source.text, .content.text]'
	assert_output '[["la Banque de France","normale"]]'
	run -0 claims fr "Le budget est considéré par les syndicats comme insuffisant." '[.source.text, .content.text]'
	assert_output '[["les syndicats","insuffisant"]]'
	run -0 claims en "The merger was described as unlawful by the competition authority." '[.source.text, .content.text]'
	assert_output '[["the competition authority","unlawful"]]'
	run -0 claims en "The new stadium was described as a waste of money by local residents." '[.source.text, .content.text]'
	assert_output '[["local residents","a waste of money"]]'
	run -0 claims en "The deal was called a disaster by Senator Ann Lee." '[.source.text, .content.text]'
	assert_output '[["Senator Ann Lee","a disaster"]]'
	# no agent, or a par that opens no agent, or a trial: no claim
	run -0 claims fr "La réforme a été jugée illégale." '[.content.text]'
	assert_output '[]'
	run -0 claims fr "Le déficit est jugé élevé par rapport à l'an dernier." '[.content.text]'
	assert_output '[]'
	run -0 claims fr "Le déficit est jugé élevé par ailleurs." '[.content.text]'
	assert_output '[]'
	run -0 claims fr "Il sera jugé par la cour d'assises de Paris." '[.content.text]'
	assert_output '[]'
	run -0 claims en "The merger was described as unlawful." '[.content.text]'
	assert_output '[]'
	# a phrasal verb, a preposition after the cue: none
	run -0 claims en "The senator was called on it by reporters." '[.content.text]'
	assert_output '[]'
	run -0 claims fr "Le prévenu a été jugé sur pièces par le tribunal." '[.content.text]'
	assert_output '[]'
}

@test "extract-claims: the passive of a cue of blame or denial that calls its object something (criticised as, dénoncé comme) judges its subject" {
	run -0 claims en "The toll road was criticised as a giveaway by two county councillors." '[.source.text, .content.text, .kind]'
	assert_output '[["two county councillors","a giveaway","accusation"]]'
	run -0 claims en "The pension offer was rejected as inadequate by the nurses' union." '[.source.text, .content.text, .kind]'
	assert_output '[["the nurses'"'"' union","inadequate","denial"]]'
	run -0 claims en "The audit, dismissed as a smear by the mayor, was published on Friday." '[.source.text, .content.text]'
	assert_output '[["the mayor","a smear"]]'
	run -0 claims fr "Le péage a été dénoncé comme un cadeau aux actionnaires par deux conseillers départementaux." '[.source.text, .content.text, .kind]'
	assert_output '[["deux conseillers départementaux","un cadeau aux actionnaires","accusation"]]'
	run -0 claims fr "Le tracé, critiqué comme trop coûteux par les riverains, a été retenu." '[.source.text, .content.text]'
	assert_output '[["les riverains","trop coûteux"]]'
	# the participle alone, no agent: the reporter's words, no claim
	run -0 claims en "The new mayor, described as a reformer, took office on Monday." '[.content.text]'
	assert_output '[]'
	run -0 claims en "The toll road, criticised as a giveaway, opened in May." '[.content.text]'
	assert_output '[]'
}

@test "extract-claims: a sentence passed is no saying, in the passive too (condemned to ten years, condamné à deux ans)" {
	run -0 claims en "The former treasurer was condemned to ten years in prison by a federal court." '[.content.text]'
	assert_output '[]'
	run -0 claims en "The captain was condemned to death by a military tribunal." '[.content.text]'
	assert_output '[]'
	run -0 claims fr "L'ancien trésorier a été condamné à deux ans de prison par le tribunal correctionnel." '[.content.text]'
	assert_output '[]'
	# is said to before a verb stays a report at a distance
	run -0 claims en "The treasurer is said to have moved the funds abroad." '[.kind, .hedged]'
	assert_output '[["report",true]]'
}

@test "extract-claims: a possessive in a source after its clause is no auxiliary" {
	run -0 claims en "The audit is still under way, the mayor's office said." '[.source.text, .content.text]'
	assert_output '[["the mayor'"'"'s office","The audit is still under way"]]'
	run -0 claims en "The audit is still under way, the mayor's office is sure." '[.kind]'
	assert_output '[]'
}

@test "extract-claims: a study or poll that shows that X is a source; what a picture shows is none" {
	run -0 claims en "A new survey shows that most voters back the plan." '[.kind, .source.text, .content.text]'
	assert_output '[["report","A new survey","most voters back the plan"]]'
	run -0 claims en "The photo shows a crowd near the port." '[.kind]'
	assert_output '[]'
	run -0 claims fr "Une enquête montre que les salariés sont inquiets." '[.kind, .source.text, .content.text]'
	assert_output '[["report","Une enquête","les salariés sont inquiets"]]'
	run -0 claims fr "La photo montre une foule près du port." '[.kind]'
	assert_output '[]'
}

@test "extract-claims: a bracket after a source's name is its aside, the claim still told after its clause" {
	run -0 claims en "The deal is fair, Rep. Joan Park (D-Md.) told reporters." '[.source.text, .content.text]'
	assert_output '[["Rep. Joan Park","The deal is fair"]]'
	run -0 claims fr "« L'accord est juste », a affirmé la députée Anne Roux (PS)." '[.source.text, .content.text]'
	assert_output '[["la députée Anne Roux","L'"'"'accord est juste"]]'
}

@test "extract-claims: after a reflexive pronoun, what a cue of saying calls its source is the content" {
	run -0 claims fr "La ministre se dit prête à rouvrir les négociations." '[.source.text, .content.text]'
	assert_output '[["La ministre","prête à rouvrir les négociations"]]'
	run -0 claims fr "Le syndicat s'est déclaré hostile au projet." '[.source.text, .content.text]'
	assert_output '[["Le syndicat","hostile au projet"]]'
	run -0 claims fr "Le maire dit souvent ceci." '[.kind]'
	assert_output '[]'
	# a preposition's phrase: en colère, sous le choc (French only)
	run -0 claims fr "Les commerçants se sont dits en colère contre la mairie." '[.source.text, .content.text]'
	assert_output '[["Les commerçants","en colère contre la mairie"]]'
	run -0 claims fr "La directrice s'est dite sous le choc après l'incendie." '[.content.text]'
	assert_output '[["sous le choc après l'"'"'incendie"]]'
}

@test "extract-claims: what a reflexive cue calls its source may open with a quotation of its own, mixed" {
	run -0 claims fr "L'entraîneur s'est dit « fier de l'état d'esprit » de ses joueurs." '[.source.text, .content.text, .mixed]'
	assert_output '[["L'"'"'entraîneur","« fier de l'"'"'état d'"'"'esprit » de ses joueurs",true]]'
	run -0 claims fr "La préfète s'est déclarée « très préoccupée » par la sécheresse." '[.content.text]'
	assert_output '[["« très préoccupée » par la sécheresse"]]'
	run -0 claims fr "Le maire s'est dit « Nantais de cœur »." '[.kind]'
	assert_output '[]'
}

@test "extract-claims: a user lexicon adds cues, and a bad one exits 78" {
	f=$(mkinput my.yaml 'cues:\n  chuchoter:\n    kind: assertion\n    forms: chuchote chuchoté\n')
	run -0 claims fr "Le ministre a chuchoté que rien ne changerait." '[.kind, .cue.text, .cue.lemma]'
	assert_output '[]'
	printf '%s' "Le ministre a chuchoté que rien ne changerait." |
	    jq -Rsc '{text: ., lang: "fr", entities: []}' | segment |
	    extract-claims -L "$f" >"$BATS_TEST_TMPDIR/out.jsonl"
	run -0 jq -c '[.claims[] | [.kind, .cue.text, .cue.lemma]]' "$BATS_TEST_TMPDIR/out.jsonl"
	assert_output '[["assertion","a chuchoté","chuchoter"]]'
	f=$(mkinput bad.yaml 'cues:\n  chuchoter:\n    kind: gossip\n    forms: chuchote\n')
	run -78 --separate-stderr extract-claims -L "$f" </dev/null
	[[ "$stderr" == *"bad.yaml:3:"*"a kind expected"* ]]
	f=$(mkinput bad2.yaml 'cues:\n  chuchoter:\n    kind: assertion\n    takes: np quotes\n    forms: chuchote\n')
	run -78 --separate-stderr extract-claims -L "$f" </dev/null
	[[ "$stderr" == *"bad2.yaml:4:"*"impersonal or quoted-naming expected"* ]]
}

@test "extract-claims: the whole pipeline on the bundled sample article" {
	run -0 sh -c "to-jsonl '$SAMPLE' | normalize | segment | tag-entities | extract-claims |
	    jq -c '[.claims[] | [.kind, .source.text, .cue.text]]'"
	assert_output '[["report","la capitainerie","selon"],["assertion","La CGT","affirme"],["assertion","Mme Sandrine Aubert","a déclaré"],["report","elle","Selon"],["demand","Le ministre des Transports","a appelé"],["warning","Le ministre des Transports","a averti"],["report","la chambre de commerce","D'"'"'après"],["accusation","Les syndicats","ont accusé"],["denial","celle-ci","conteste"]]'
	run -0 sh -c "to-jsonl '$SAMPLE' | normalize | segment | tag-entities | extract-claims |
	    jq -c '[.entities as \$e | .claims[] | select(.source.entity) | [.source.text, \$e[.source.entity].label]]'"
	# a minister's portfolio (Transports) is no name of its own
	assert_output '[["La CGT","ORG"],["Mme Sandrine Aubert","PER"]]'
	# the minister's name, in apposition, is the source's ref
	run -0 sh -c "to-jsonl '$SAMPLE' | normalize | segment | tag-entities | extract-claims |
	    jq -c '[.entities as \$e | .claims[] | select(.source.ref.entity) | [.source.ref.text, \$e[.source.ref.entity].label]]'"
	assert_output '[["M. Hervé Lamotte","PER"],["M. Hervé Lamotte","PER"]]'
}

@test "extract-claims: the reference article's ten claims, with their sources and kinds" {
	need_seed
	run -0 sh -c "to-jsonl '$SEED' | normalize | segment | tag-entities | extract-claims |
	    jq -c '.claims[] | [.kind, .source.text, .cue.text, .hedged]'"
	assert_output - <<'OUT'
["assertion","Bakou","affirme",false]
["accusation","Bakou","a imputé",false]
["report","Le ministère de la Défense de Bakou","a précisé",false]
["report","Bakou","avait signalé",false]
["denial","L'Arménie","a réfuté",true]
["accusation","Le ministère azerbaïdjanais de la Défense","a également accusé",false]
["demand","Bakou","a demandé",false]
["report","le communiqué","Selon",true]
["accusation","Bakou","a également accusé",false]
["warning","Bakou","a averti",false]
OUT
}

@test "extract-claims: a capitalised cue in a Title Case headline" {
	run -0 claims_tagged en "Mayor Says City Will Rebuild The Old Bridge

The mayor spoke on Monday. Jane Says is a song." '[.source.text, .cue.text, .content.text]'
	assert_output '[["Mayor","Says","City Will Rebuild The Old Bridge"]]'
}

@test "extract-claims: hiding is a word of blame: an accusation, a denial negated (je n'ai jamais caché…)" {
	run -0 claims fr "« Je n'ai jamais caché la vérité aux familles », a déclaré le maire." '[.kind]'
	assert_output '[["denial"]]'
	run -0 claims en '"We have never concealed anything from the families," the mayor said.' '[.kind]'
	assert_output '[["denial"]]'
	run -0 claims en "The mayor hid the report from the families, the union said." '[.kind]'
	assert_output '[["accusation"]]'
}

@test "extract-claims: an informant's naming of a thing is its evaluation, no report (the ministry called the report \"a fabrication\")" {
	run -0 claims en 'The ministry called the report "a fabrication".' '[.kind]'
	assert_output '[["assertion"]]'
	run -0 claims fr "Le ministère a qualifié le rapport de « fabrication »." '[.kind]'
	assert_output '[["assertion"]]'
	# its other words report
	run -0 claims en 'The ministry said the report was published on Monday.' '[.kind]'
	assert_output '[["report"]]'
}

@test "extract-claims: blame the source owns under a cue of admission is an assertion, no accusation (a reconnu une faute; admitted the offences)" {
	run -0 claims fr "Le directeur a reconnu une « faute » dans la gestion du dossier." '[.kind, .cue.text]'
	assert_output '[["assertion","a reconnu"]]'
	run -0 claims en "The company admitted fraud at its first hearing." '[.kind, .cue.text]'
	assert_output '[["assertion","admitted"]]'
	# the same blame under a cue of saying accuses
	run -0 claims en "The company said the fraud was the work of its former chief." '[.kind]'
	assert_output '[["accusation"]]'
}

@test "extract-claims: a position that blames is an accusation" {
	run -0 claims en "The mayor said the plan was a disgrace." '[.kind]'
	assert_output '[["accusation"]]'
	run -0 claims fr "Le syndicat a estimé que ce plan était une trahison." '[.kind]'
	assert_output '[["accusation"]]'
	run -0 claims fr "Le syndicat a estimé que ce plan était utile." '[.kind]'
	assert_output '[["assertion"]]'
}

# explain LANG TEXT: each claim's construction and content, with --explain.
explain() {
	record "$1" "$2" | segment | jq -c '. + {entities: []}' |
	    extract-claims --explain |
	    jq -c '[.claims[] | [.explain.construction, .content.text]]'
}

@test "extract-claims --explain: a passive with no source (English only)" {
	run explain en 'The minister is said to favour the plan.'
	assert_output '[["passive","to favour the plan"]]'
}

@test "extract-claims --explain: inverted, after a quotation" {
	run explain fr '« Nous ne céderons pas », a déclaré le syndicaliste.'
	assert_output '[["inverted","Nous ne céderons pas"]]'
	run explain en '"We will not give in," the union leader said.'
	assert_output '[["inverted","We will not give in"]]'
}

@test "extract-claims --explain: a quotation after the cue's comma" {
	run explain fr 'Le syndicaliste a ajouté, « Dans ce cas nous attendrons le vote. »'
	assert_output '[["quote-after","Dans ce cas nous attendrons le vote."]]'
	run explain en 'The union leader added, "In this case we will wait for the vote."'
	assert_output '[["quote-after","In this case we will wait for the vote."]]'
}

@test "extract-claims --explain: source and cue inside the content (straddle)" {
	run explain fr 'Ces gains, les experts ont estimé, pourraient être perdus.'
	assert_output '[["straddle","Ces gains, les experts ont estimé, pourraient être perdus"]]'
	run explain en 'The gains, the officials said, could be lost within weeks.'
	assert_output '[["straddle","The gains, the officials said, could be lost within weeks"]]'
}

@test "extract-claims --explain: a quotation that was the sentence before" {
	run explain fr '« Pourquoi pas ? » Le sénateur a dit.'
	assert_output '[["quote-before","Pourquoi pas ?"]]'
	run explain en '"Why not?" The senator said.'
	assert_output '[["quote-before","Why not?"]]'
	# a quotation of several sentences is one claim
	run explain fr '« Non. Nous ne céderons jamais. » Le ministre a répondu.'
	assert_output '[["quote-before","Non. Nous ne céderons jamais."]]'
	run explain en '"No. We will never give in." The minister replied.'
	assert_output '[["quote-before","No. We will never give in."]]'
}

@test "extract-claims --explain: a quotation that ends a paragraph is not what the next paragraph's cue says; it continues the claim before" {
	run explain fr "$(printf '%s\n\n%s' '« Les impôts vont baisser », a-t-il dit. « Les familles méritent un répit. »' 'Le sénateur a répondu.')"
	assert_output '[["inverted","Les impôts vont baisser"],["continued","Les familles méritent un répit."]]'
	run explain en "$(printf '%s\n\n%s' '"Taxes will fall," he said. "Families deserve relief."' 'The senator seemed to agree.')"
	assert_output '[["inverted","Taxes will fall"],["continued","Families deserve relief."]]'
}

@test "extract-claims --explain: a clause after the cue, a quotation continued" {
	run explain fr 'Le ministre a déclaré : « Nous tiendrons bon. » « Nous ne reculerons pas. »'
	assert_output '[["clause","Nous tiendrons bon."],["continued","Nous ne reculerons pas."]]'
	run explain en 'The minister said: "We will hold firm." "We will not back down."'
	assert_output '[["clause","We will hold firm."],["continued","We will not back down."]]'
}

@test "extract-claims --explain: a preposition, an opening preposition" {
	run explain fr 'Selon la police, 300 personnes ont manifesté. Pour la CGT, la réforme est une erreur.'
	assert_output '[["preposition","300 personnes ont manifesté"],["opening","la réforme est une erreur"]]'
	run explain en 'According to the police, 300 people marched.'
	assert_output '[["preposition","300 people marched"]]'
}

# why LANG TEXT: each claim's kind, and why; hedged or not, and why.
why() {
	record "$1" "$2" | segment | jq -c '. + {entities: []}' |
	    extract-claims --explain |
	    jq -c '[.claims[] | .explain as $e | [.kind, $e.kind.by,
	        $e.kind.word, .hedged, $e.hedged.by, $e.hedged.word]]'
}

@test "extract-claims --explain: why a kind: the cue, the claim it reports, a demand, blame, an informant" {
	run why fr 'Le maire a dit qu’il démentait que le plan ait échoué.'
	assert_output '[["denial","reported","démentait",false,null,null]]'
	run why en 'The union says the government must withdraw the reform.'
	assert_output '[["demand","demand","must",false,null,null]]'
	run why fr 'Le syndicat estime qu’il faut retirer la réforme.'
	assert_output '[["demand","demand","il",false,null,null]]'
	run why en 'The mayor says the prefect lied.'
	assert_output '[["accusation","blame","lied",false,null,null]]'
	run why en 'Police said three people were arrested.'
	assert_output '[["report","informant","Police",false,null,null]]'
	# not with a cue that tells a view (stance): the informant's own
	run why en 'Police argued that the law was too weak.'
	assert_output '[["assertion","cue","argued",false,null,null]]'
	run why fr 'Le ministère a estimé que la loi était trop faible.'
	assert_output '[["assertion","cue","estimé",false,null,null]]'
	run why fr 'Le ministère assure que la loi est trop faible.'
	assert_output '[["assertion","cue","assure",false,null,null]]'
	run why fr 'Le maire affirme que le plan a échoué.'
	assert_output '[["assertion","cue","affirme",false,null,null]]'
	run why en '"I deny these rumours," the mayor said.'
	assert_output '[["denial","quoted-denial","deny",false,null,null]]'
}

# why, with the entities tag-entities finds (a person's name)
why_tagged() {
	record "$1" "$2" | segment | tag-entities | extract-claims --explain |
	    jq -c '[.claims[] | [.kind, .explain.kind.by, .explain.kind.word]]'
}

@test "extract-claims --explain: after selon or according to, an informant reports and a person takes a position" {
	run why_tagged fr 'Selon Marie Dupont, la réforme des retraites est une impasse.'
	assert_output '[["assertion","person","Marie"]]'
	run why_tagged fr 'Le projet coûte trop cher, d’après M. Dupont.'
	assert_output '[["assertion","person","Dupont"]]'
	run why_tagged fr 'Selon elle, le projet coûte trop cher.'
	assert_output '[["assertion","person","elle"]]'
	run why_tagged en 'According to Senator Anna Berg, the budget is too small.'
	assert_output '[["assertion","person","Anna"]]'
	run why_tagged en 'The plan will fail, according to him.'
	assert_output '[["assertion","person","him"]]'
	# an informant, named or not, reports
	run why_tagged fr 'Selon la police, deux hommes ont été arrêtés dans la nuit.'
	assert_output '[["report","preposition","Selon"]]'
	run why_tagged fr 'Selon le procureur Jean Martin, la victime avait 36 ans.'
	assert_output '[["report","preposition","Selon"]]'
	run why_tagged en 'According to prosecutor John Miller, the victim was 36.'
	assert_output '[["report","preposition","According"]]'
	# a pronoun stands for the last source before it
	run why_tagged fr 'La direction a démenti ces chiffres. Selon elle, le plan prévoit 120 départs.'
	assert_output '[["report","preposition","Selon"]]'
	run why_tagged fr 'M. Paul Dupont a critiqué le projet. Selon lui, le coût est trop élevé.'
	assert_output '[["assertion","person","lui"]]'
	run why_tagged en 'Police denied the reports. According to them, no one was hurt.'
	assert_output '[["report","preposition","According"]]'
	run why_tagged en "Anna Berg criticised the plan's cost. According to her, the cost is too high."
	assert_output '[["accusation","cue","criticised"],["assertion","person","her"]]'
}

@test "extract-claims --explain: a threat of punishment warns, over blame; devoir makes a demand" {
	run why fr 'Le ministre affirme que ces casseurs sont indignes et que nous les punirons.'
	assert_output '[["warning","threat","punirons",false,null,null]]'
	run why en 'The minister said the vandals were shameful and that France would punish them.'
	assert_output '[["warning","threat","punish",false,null,null]]'
	# negated, no threat, and no event told: the cue's position
	run why en 'The minister said the strikers would not be punished.'
	assert_output '[["assertion","cue","said",false,null,null]]'
	run why fr 'Le syndicat estime que le gouvernement doit retirer la réforme.'
	assert_output '[["demand","demand","doit",false,null,null]]'
}

@test "extract-claims --explain: why hedged: a hedge, a distancing noun, the conditional, a passive" {
	run why fr 'Le maire affirme que le préfet a prétendument menti.'
	assert_output '[["accusation","blame","menti",true,"hedge-word","prétendument"]]'
	run why en 'The mayor rejected claims that he had lied.'
	assert_output '[["denial","cue","rejected",true,"distancing","claims"]]'
	run why fr 'Le maire a rejeté les allégations selon lesquelles il aurait menti.'
	assert_output '[["denial","cue","rejeté",true,"distancing","allégations"]]'
	# a thesis, a theory, a version: others' claims too
	run why fr 'Le maire a rejeté la thèse selon laquelle il aurait menti.'
	assert_output '[["denial","cue","rejeté",true,"distancing","thèse"]]'
	run why en 'The mayor rejected the theory that the fire was set deliberately.'
	assert_output '[["denial","cue","rejected",true,"distancing","theory"]]'
	# a preposition that keeps its content at a distance (French)
	run why fr 'À en croire le gouvernement, la crise est terminée.'
	assert_output '[["report","preposition","À",true,"distancing","À"]]'
	run why fr 'Aux dires des témoins, le conducteur roulait vite.'
	assert_output '[["report","preposition","Aux",true,"distancing","Aux"]]'
	run why fr 'Le sénateur estime que le vote serait serré.'
	assert_output '[["assertion","cue","estime",true,"conditional","serait"]]'
	run why en 'The minister is said to favour the plan.'
	assert_output '[["report","passive","is",true,"passive","is"]]'
}

@test "extract-claims: without --explain a claim has no explain key" {
	run sh -c "printf '%s' 'Le maire affirme que le plan a échoué.' |
	    jq -Rsc '{text: ., lang: \"fr\"}' | segment | jq -c '. + {entities: []}' |
	    extract-claims | jq -c '[.claims[] | has(\"explain\")]'"
	assert_output '[false]'
}

@test "extract-claims --explain: a word of blame negated is a denial, an event in the passive a report" {
	run why fr "Le ministre a déclaré qu'il n'avait pas menti."
	assert_output '[["denial","negated-blame","menti",false,null,null]]'
	run why en 'The minister said he had not lied.'
	assert_output '[["denial","negated-blame","lied",false,null,null]]'
	run why fr 'Le syndicat a estimé que cette décision était une insulte aux salariés.'
	assert_output '[["accusation","blame","insulte",false,null,null]]'
	run why en 'The senator said the inquiry was a smear.'
	assert_output '[["accusation","blame","smear",false,null,null]]'
	# a wrongdoing (bribes, embezzlement) is blame, denied after never
	run why fr "« Je n'ai jamais accepté de pots-de-vin », a dit l'ancien maire."
	assert_output '[["denial","negated-blame","pots-de-vin",false,null,null]]'
	run why en '"I have never accepted a bribe," the former mayor said.'
	assert_output '[["denial","negated-blame","bribe",false,null,null]]'
	run why en 'The auditor said the treasurer embezzled the funds.'
	assert_output '[["accusation","blame","embezzled",false,null,null]]'
	run why fr 'Le maire a déclaré que deux hommes ont été arrêtés.'
	assert_output '[["report","event","été",false,null,null]]'
	run why en 'The mayor said two men were arrested.'
	assert_output '[["report","event","were",false,null,null]]'
	# a participle of judgment or feeling is a state, no event
	run why fr 'Le député a estimé que le rapport était biaisé.'
	assert_output '[["assertion","cue","estimé",false,null,null]]'
	run why fr "Le syndicat a dit que ses membres étaient déçus par l'offre."
	assert_output '[["assertion","cue","dit",false,null,null]]'
	run why en 'The senator said the report was flawed.'
	assert_output '[["assertion","cue","said",false,null,null]]'
	run why en 'The union said its members were disappointed by the offer.'
	assert_output '[["assertion","cue","said",false,null,null]]'
	# weariness and fear are states too
	run why en 'The mayor said residents were tired of broken promises.'
	assert_output '[["assertion","cue","said",false,null,null]]'
	run why fr 'Le maire a dit que les habitants étaient fatigués des promesses.'
	assert_output '[["assertion","cue","dit",false,null,null]]'
	run why en 'Sources said the talks had stalled.'
	assert_output '[["report","informant","Sources",false,null,null]]'
	# a passive in the perfect infinitive or a gerund: what befell the
	# source by its account, no event told; the progressive's is one
	run why fr 'Le maire a dit avoir été menacé.'
	assert_output '[["assertion","cue","dit",false,null,null]]'
	run why en 'The mayor said he lost his temper after being stopped at the border.'
	assert_output '[["assertion","cue","said",false,null,null]]'
	run why en 'The mayor said the case was being investigated.'
	assert_output '[["report","event","being",false,null,null]]'
}

@test "extract-claims --explain: the reporter's hedge in the cue: a conditional, an adverb" {
	run why fr 'Le ministre aurait affirmé que la réforme était prête.'
	assert_output '[["assertion","cue","affirmé",true,"reporter-conditional","aurait"]]'
	run why en 'The minister reportedly said the reform was ready.'
	assert_output '[["assertion","cue","said",true,"hedge-word","reportedly"]]'
	run why en 'Prosecutors alleged that the minister took bribes.'
	assert_output '[["accusation","cue","alleged",false,null,null]]'
}

@test "extract-claims: a participle after a possessive, before a noun, is no cue" {
	run claims en "Syria's alleged involvement was discussed. The minister's said he would resign."
	assert_output "[[\"assertion\",\"The minister\",\"'s said\",\"he would resign\"]]"
}

@test "extract-claims: a time phrase after a subject's comma, or that ends it, is no source" {
	# the subject, not its apposition, as GUIDELINES v2 has it
	run claims_tagged en 'The chief of staff, Patrick Strzoda, on Wednesday testified that the passports were used.' '.source.text'
	assert_output '["The chief of staff"]'
	run claims_tagged fr 'Le maire, Jean Dupont, lundi a déclaré que le pont était fermé.' '.source.text'
	assert_output '["Le maire"]'
	# a date alone between commas, or ending the subject
	run claims_tagged fr 'Le préfet, mardi, a affirmé que le pont était fermé.' '.source.text'
	assert_output '["Le préfet"]'
	run claims_tagged en 'The mayor on Monday said the bridge was closed.' '.source.text'
	assert_output '["The mayor"]'
	run claims_tagged en 'The police chief on Friday evening rejected accusations that officers had lied.' '.source.text'
	assert_output '["The police chief"]'
	# a date inside the noun phrase is the source's own
	run claims_tagged en 'A 2014 study found that prices rose.' '.source.text'
	assert_output '["A 2014 study"]'
}

@test "extract-claims: être after a reflexive pronoun is the perfect's auxiliary, no passive" {
	run claims fr "François Bayrou s'est réjoui que la participation soit moindre."
	assert_output "[[\"assertion\",\"François Bayrou\",\"s'est réjoui\",\"la participation soit moindre\"]]"
	run claims fr "Le sénateur s'était exclamé : « C'est une idée stupide »."
	assert_output "[[\"assertion\",\"Le sénateur\",\"s'était exclamé\",\"C'est une idée stupide\"]]"
}

@test "extract-claims: verbs of reaction and of fear are cues" {
	run claims fr '« La liberté est garantie », a réagi le ministre.'
	assert_output '[["assertion","le ministre","a réagi","La liberté est garantie"]]'
	run claims en '"This is absurd," the minister reacted.'
	assert_output '[["assertion","the minister","reacted","This is absurd"]]'
	run claims en 'Some MPs fear the vote will fail.'
	assert_output '[["assertion","Some MPs","fear","the vote will fail"]]'
}

@test "extract-claims: verbs of outrage and complaint are accusations, with a quotation, a clause or their preposition's noun phrase" {
	run claims fr "« C'est un scandale », s'est indigné le conseiller."
	assert_output "[[\"accusation\",\"le conseiller\",\"s'est indigné\",\"C'est un scandale\"]]"
	run claims fr "« Personne ne nous écoute », se plaint une riveraine."
	assert_output '[["accusation","une riveraine","se plaint","Personne ne nous écoute"]]'
	run claims fr "Le collectif s'insurge contre la vente du terrain."
	assert_output "[[\"accusation\",\"Le collectif\",\"s'insurge contre\",\"la vente du terrain\"]]"
	run claims fr "« Nous verrons », a commenté le maire."
	assert_output '[["assertion","le maire","a commenté","Nous verrons"]]'
}

@test "extract-claims: faire savoir and faire état de report, faire alone is none" {
	run claims fr "La préfecture a fait savoir que le marché était annulé."
	assert_output '[["report","La préfecture","a fait savoir","le marché était annulé"]]'
	run claims fr "Les secours font état de trois blessés légers."
	assert_output '[["report","Les secours","font état de","trois blessés légers"]]'
	run claims fr "Le maire a fait une visite au marché."
	assert_output '[]'
}

@test "extract-claims: a denial that says what it calls its object is a claim (dismissed X as Y); its object alone is none" {
	run claims en "The council dismissed the audit as political theatre."
	assert_output '[["denial","The council","dismissed","the audit as political theatre"]]'
	run claims en "The council dismissed the audit."
	assert_output '[]'
	# French says it with qualifier, a naming cue
	run claims fr "Le conseil a qualifié l'audit de « théâtre politique »."
	assert_output "[[\"assertion\",\"Le conseil\",\"a qualifié\",\"l'audit de « théâtre politique »\"]]"
}

@test "extract-claims: a denial of a word of blame is a claim; in a relative set off by commas its noun phrase ends at the closing comma" {
	run claims en "Jones, who has denied wrongdoing, will appear in court on Monday."
	assert_output '[["denial","Jones","has denied","wrongdoing"]]'
	run claims fr "Le trésorier, qui a nié toute faute, a démissionné lundi."
	assert_output '[["denial","Le trésorier","a nié","toute faute"]]'
	run claims en "The treasurer denied wrongdoing."
	assert_output '[["denial","The treasurer","denied","wrongdoing"]]'
}

@test "extract-claims: a clause in a relative on the sentence's subject ends at the comma before the main clause's auxiliary or verb; an infinitive after is said to at its comma" {
	run claims fr "Le maire, qui a affirmé que le projet était bancal, a voté contre."
	assert_output '[["assertion","Le maire","a affirmé","le projet était bancal"]]'
	# the clause's own asides stay in it
	run claims fr "Le maire, qui a affirmé que le projet, selon lui, était bancal, a voté contre."
	assert_output '[["assertion","Le maire","a affirmé","le projet, selon lui, était bancal"]]'
	run claims en "The mayor, who said that the plan was flawed, has voted against it."
	assert_output '[["assertion","The mayor","said","the plan was flawed"]]'
	# or before a verb in the past, or one before its object
	run claims en "The mayor, who said that the plan was flawed, left the room."
	assert_output '[["assertion","The mayor","said","the plan was flawed"]]'
	run claims fr "Le maire, qui a dit que le projet était bancal, quitte la salle."
	assert_output '[["assertion","Le maire","a dit","le projet était bancal"]]'
	# a relative after the main clause's verb ends the sentence: an
	# auxiliary after a comma there is the content's own
	run claims en "The plan was attacked by Jane Rowe, who said that the mayor, under fire for weeks, would resign."
	assert_output '[["assertion","Jane Rowe","said","the mayor, under fire for weeks, would resign"]]'
	run claims en "The utility, which is said to have lost a billion litres a day, declined to comment."
	assert_output '[["report",null,"is said","to have lost a billion litres a day"]]'
}

@test "extract-claims: a distancing noun and its link inside a content hedge it (said there were indications that...)" {
	run why en "Officials said there were indications that the dam had been sabotaged."
	assert_output '[["report","informant","Officials",true,"distancing","indications"]]'
	run why fr "Le maire a affirmé qu'il circulait des rumeurs selon lesquelles le pont serait fermé."
	assert_output '[["assertion","cue","affirmé",true,"distancing","rumeurs"]]'
	# a distancing noun alone is no hedge: the claims were false
	run why en "He said the claims were false."
	assert_output '[["denial","refuted","false",false,null,null]]'
}

@test "extract-claims: adverbs, adverb phrases and time words between an inverted cue and its source are the cue's, not the source's" {
	run -0 claims fr "« Le port est fermé », écrit notamment le quotidien régional. « C'est fini », a déclaré hier le ministre. « Rien ne change », conclut tout simplement la maire." '[.source.text]'
	assert_output '[["le quotidien régional"],["le ministre"],["la maire"]]'
	run -0 claims en '"The port is shut," wrote notably the regional daily. "It is over," said yesterday the minister.' '[.source.text]'
	assert_output '[["the regional daily"],["the minister"]]'
}

@test "extract-claims: a prepositional phrase between an inverted cue and its source, an aside in brackets after an opening's source" {
	run claims fr '« Le chantier reprendra lundi », précise dans un communiqué la mairie.' '.source.text'
	assert_output '["la mairie"]'
	run claims en '"We will rebuild," said in a statement the city council.' '.source.text'
	assert_output '["the city council"]'
	run claims_tagged fr 'Pour Marie Dupont (PS), « la réforme est morte ».' '[.source.text, .content.text]'
	assert_output '[["Marie Dupont","la réforme est morte"]]'
}

@test "extract-claims: an opening preposition's source as long as a subject (Pour le président de la commission des finances de l'Assemblée, …)" {
	# French only: English for seldom attributes
	run claims_tagged fr "Pour la directrice de l'agence régionale de santé de Bretagne, Anne Roux, la situation reste « fragile »." '[.source.text, .content.text]'
	assert_output "[[\"la directrice de l'agence régionale de santé de Bretagne\",\"la situation reste « fragile »\"]]"
}

@test "extract-claims: the source's terms with the reporter are no claim (asked not to be named, a demandé l'anonymat)" {
	run -0 claims_tagged en "A nurse, who asked not to be named, said the ward was closed." '[.cue.text]'
	assert_output '[["said"]]'
	run -0 claims_tagged fr "Une infirmière, qui a demandé à ne pas être citée, a affirmé que le service était fermé." '[.cue.text]'
	assert_output '[["a affirmé"]]'
	# asking anything else is a demand
	run -0 claims_tagged en "The nurse asked the ministry to reopen the ward." '[.kind]'
	assert_output '[["demand"]]'
}

@test "extract-claims: after a source's name and its comma, a determiner and a noun of those who speak open its title, no part of the content" {
	run -0 claims_tagged fr "Selon Paul Martin, le porte-parole du syndicat, la grève continuera." '[.source.text, .content.text]'
	assert_output '[["Paul Martin","la grève continuera"]]'
	run -0 claims_tagged en "According to Jane Roe, the spokeswoman for the union, the strike will go on." '[.source.text, .content.text]'
	assert_output '[["Jane Roe","the strike will go on"]]'
}

@test "extract-claims: an infinitive content after a time or a place between it and the cue (a nié mardi devant le tribunal avoir…)" {
	# French only: English puts such phrases after the content
	run -0 claims_tagged fr "Le directeur a nié mardi devant le tribunal avoir menti aux enquêteurs." '[.kind, .cue.text, .content.text]'
	assert_output '[["denial","a nié","avoir menti aux enquêteurs"]]'
	run -0 claims_tagged fr "La maire a affirmé devant le conseil municipal avoir respecté les règles." '[.cue.text, .content.text]'
	assert_output '[["a affirmé","avoir respecté les règles"]]'
}

@test "extract-claims: after a preposition's source and its comma, a relative on it up to the next comma is the source's, no part of the content" {
	run -0 claims_tagged en "According to a person close to the talks, who spoke on condition of anonymity, the deal is close." '[.source.text, .content.text]'
	assert_output '[["a person close to the talks","the deal is close"]]'
	run -0 claims_tagged fr "Selon une élue, qui a requis l'anonymat, le projet sera abandonné." '[.source.text, .content.text]'
	assert_output '[["une élue","le projet sera abandonné"]]'
	# any relative: which, whose, dont
	run -0 claims_tagged en "According to the nurses' union, which represents the ward's staff, the beds were never delivered." '[.source.text, .content.text]'
	assert_output $'[["the nurses\' union","the beds were never delivered"]]'
	run -0 claims_tagged fr "Selon le syndicat, dont le secrétaire a démissionné, la grève continuera." '[.source.text, .content.text]'
	assert_output '[["le syndicat","la grève continuera"]]'
}

@test "extract-claims: the press's colourful verbs of saying: quotation only where they have other senses (lâche, souffle; quipped), blame (tacler, railler; slammed, blasted)" {
	run -0 claims_tagged fr "« On se battra jusqu'au bout », lâche l'entraîneur. La direction a lâché ses cadres." '[.kind, .cue.text, .content.text]'
	assert_output '[["assertion","lâche","On se battra jusqu'"'"'au bout"]]'
	run -0 claims_tagged fr "La députée a taclé la réforme des retraites." '[.kind, .cue.text]'
	assert_output '[["accusation","a taclé"]]'
	run -0 claims_tagged en '"We will see," the coach quipped. She snapped her fingers.' '[.kind, .cue.text, .content.text]'
	assert_output '[["assertion","quipped","We will see"]]'
	run -0 claims_tagged en "The senator slammed the ruling as unfair. He slammed the door." '[.kind, .cue.text]'
	assert_output '[["accusation","slammed"]]'
}

@test "extract-claims: a relative pronoun that is the content's subject, set off by commas, ends the content at the closing comma (the dam, which engineers said was unsafe, was closed)" {
	run -0 claims_tagged en "The dam, which engineers said was unsafe, was closed on Monday." '[.source.text, .content.text]'
	assert_output '[["engineers","was unsafe"]]'
}

@test "extract-claims: a cue after to and an auxiliary is a perfect infinitive, no claim of its own" {
	run claims en 'He is said to have threatened the judge.' '[.kind, .source, .cue.text, .content.text]'
	assert_output '[["report",null,"is said","to have threatened the judge"]]'
}

@test "extract-claims --explain: a phrase of blame whose words alone are none makes an accusation" {
	run why fr 'Le député estime que cette enquête est une chasse aux sorcières.'
	assert_output '[["accusation","blame","chasse",false,null,null]]'
	run why en 'Mr Trump says the investigation is a witch hunt.'
	assert_output '[["accusation","blame","witch",false,null,null]]'
}

@test "extract-claims --explain: claims called false in the content make a denial" {
	run why fr "Le maire a déclaré que ces allégations étaient infondées."
	assert_output '[["denial","refuted","infondées",false,null,null]]'
	run why fr "La ministre a affirmé que les rumeurs n'ont rien à voir avec la réalité."
	assert_output $'[["denial","refuted","n\'",false,null,null]]'
	run why en 'The minister said the allegations of fraud were baseless.'
	assert_output '[["denial","refuted","baseless",false,null,null]]'
	run why en 'The spokesman said the result laid to rest any suggestion of a split.'
	assert_output '[["denial","refuted","laid",false,null,null]]'
	# negated, or with no claim to refute: no denial
	run why en 'She said the claims were not false.'
	assert_output '[["assertion","cue","said",false,null,null]]'
	run why en 'He said the forecast was wrong for the weekend.'
	assert_output '[["assertion","cue","said",false,null,null]]'
	run why fr "Il a estimé que le calcul était faux."
	assert_output '[["assertion","cue","estimé",false,null,null]]'
	# a report's too: selon, an informant's cue
	run why fr "Ces rumeurs sont infondées, selon le porte-parole."
	assert_output '[["denial","refuted","infondées",false,null,null]]'
	run why en "The rumours of a merger are baseless, according to the spokesman."
	assert_output '[["denial","refuted","baseless",false,null,null]]'
	run why fr "Le ministère a indiqué que les allégations de fraude étaient infondées."
	assert_output '[["denial","refuted","infondées",false,null,null]]'
	# a charge brought to court refuted: the lawsuit, la plainte
	run why en "The company has said the lawsuit is without merit."
	assert_output '[["denial","refuted","without",false,null,null]]'
	run why fr "L'entreprise a affirmé que la plainte était infondée."
	assert_output '[["denial","refuted","infondée",false,null,null]]'
}

@test "extract-claims --explain: words of complicity, hatred and disgust are blame, under a neutral cue" {
	run why fr "Le député a déclaré que cette collecte relevait de la complicité."
	assert_output '[["accusation","blame","complicité",false,null,null]]'
	run why fr "La maire a déclaré qu'elle ressentait du dégoût."
	assert_output '[["accusation","blame","dégoût",false,null,null]]'
	run why en 'The mayor said the donations showed hatred for the police.'
	assert_output '[["accusation","blame","hatred",false,null,null]]'
	run why en 'The senator said the passport was fake.'
	assert_output '[["accusation","blame","fake",false,null,null]]'
}

@test "extract-claims: a noun of saying with its holder (possessive, genitive, agent) and content is a cue" {
	run -0 claims en 'The union kept its slogan: "Jobs first".'
	assert_output '[["assertion","its","slogan","Jobs first"]]'
	run -0 claims en "The cabinet doubted Egypt's denials that it had armed the rebels."
	assert_output '[["denial","Egypt","denials","it had armed the rebels"]]'
	run -0 claims en "The announcement by the ministry of new checks at the border was welcomed."
	assert_output '[["report","the ministry","announcement","new checks at the border"]]'
	# the noun phrase ends at its clause's verb, with or without an
	# auxiliary (French writes the perfect: a surpris)
	run -0 claims en "The announcement by the ministry of new checks at the border angered the road hauliers." '.content.text'
	assert_output '["new checks at the border"]'
	run -0 claims fr "L'annonce par le ministère de nouveaux contrôles aux frontières a surpris les élus."
	assert_output '[["report","le ministère","annonce","nouveaux contrôles aux frontières"]]'
	run -0 claims fr "Fidèle à son slogan « la santé d'abord », la maire a fermé les marchés."
	assert_output '[["assertion","son","slogan","la santé d'"'"'abord"]]'
	run -0 claims fr "Le gouvernement a publié son démenti des rumeurs de remaniement."
	assert_output '[["denial","son","démenti","rumeurs de remaniement"]]'
	run explain fr "Ils ont répété leur exigence d'une enquête indépendante."
	assert_output '[["noun","une enquête indépendante"]]'
}

@test "extract-claims: a noun of saying with no holder, no content or a bare noun after de/of is none; its quotation is not continued" {
	run -0 claims en "The announcement of new checks surprised truckers."
	assert_output '[]'
	run -0 claims en "The company's warnings of job cuts were ignored."
	assert_output '[]'
	run -0 claims en "His slogan was everywhere."
	assert_output '[]'
	run -0 claims fr "Ses promesses de campagne ont été oubliées."
	assert_output '[]'
	run -0 claims fr "L'annonce a surpris les élus."
	assert_output '[]'
	run explain fr "Le parti garde son slogan « Le travail d'abord ». « Une autre affaire » titrait le journal."
	refute_output --partial '"continued"'
	assert_output --partial '["noun","Le travail d'"'"'abord"]'
}

@test "extract-claims: selon/according to at the end covers a restrictive relative, not an appositive one; a pronoun after it is the whole source" {
	run -0 claims fr "La Turquie est ouverte à une rencontre qui pourrait se tenir lundi, selon le ministre."
	assert_output '[["report","le ministre","selon","La Turquie est ouverte à une rencontre qui pourrait se tenir lundi"]]'
	run -0 claims en "Turkey is open to a meeting which could take place on Monday, according to the minister."
	assert_output '[["report","the minister","according to","Turkey is open to a meeting which could take place on Monday"]]'
	run -0 claims fr "Ils ont rejoint les manifestants, qui étaient 300 selon la police."
	assert_output '[["report","la police","selon","qui étaient 300"]]'
	run -0 claims en "They joined the marchers, who numbered 300 according to the police."
	assert_output '[["report","the police","according to","who numbered 300"]]'
	run -0 claims fr "Les réponses qui ont permis selon lui de calmer la colère restent modestes." '.source.text'
	assert_output '["lui"]'
	run -0 claims en "The reforms which according to him calmed the protests remain modest." '.source.text'
	assert_output '["him"]'
}

@test "extract-claims: a cue whose forms are a noun more often (state) claims only a clause with that" {
	run -0 claims en "The party lost control of state legislatures. Voters in five states cast ballots, and he won in battleground states like Ohio."
	assert_output '[]'
	run -0 claims en "The governor of the state is Ann Rowe. He states that the state will appeal."
	assert_output '[["assertion","He","states","the state will appeal"]]'
}

@test "extract-claims: a participle cue after a comma inside the quotation marks starts a claim of its own" {
	run -0 claims en "The senator said the plan “was ready,” adding that the vote would come on Monday."
	assert_output '[["assertion","The senator","said","the plan “was ready,”"],["assertion","The senator","adding","the vote would come on Monday"]]'
}

@test "extract-claims: the reporter's gloss after a comma (referring to, en référence à) ends the content" {
	run -0 claims en "The mayor said the works “would end by June,” referring to the new bridge."
	assert_output '[["assertion","The mayor","said","the works “would end by June,”"]]'
	run -0 claims fr "Le maire a affirmé que les travaux « finiraient en juin », en référence au nouveau pont."
	assert_output '[["assertion","Le maire","a affirmé","les travaux « finiraient en juin »"]]'
}

@test "extract-claims: a quotation mark lost or mistyped costs its paragraph, not the rest of the article" {
	run -0 claims en $'“Apparently not,“ he said.\n\nThe mayor told reporters that the bridge would open.\n\nThe plan is fine,” an aide said.' '[.source.text, .cue.text, .content.text]'
	assert_output '[["he","said","Apparently not"],["The mayor","told","the bridge would open"]]'
	run -0 claims fr $'« Nous sommes prêts, a dit le maire.\n\nLe préfet a affirmé que le pont ouvrirait.\n\nLe plan est bon », a dit un conseiller.' '[.source.text, .cue.text, .content.text]'
	assert_output --partial '["Le préfet","a affirmé","le pont ouvrirait"]'
	refute_output --partial 'Nous sommes prêts, a dit le maire.\n\nLe préfet'
}

@test "extract-claims: where that drops, the clause after a cue's object starts at its subject pronoun, the addressee left out" {
	run -0 claims en "He told The Wall Street Journal he had left. She told reporters she was ready."
	assert_output '[["assertion","He","told","he had left"],["assertion","She","told","she was ready"]]'
	run -0 claims en "He told them the plan was ready."
	assert_output '[["assertion","He","told","the plan was ready"]]'
}

@test "extract-claims: a participle cue after a coordinator after a comma starts a claim of its own" {
	run -0 claims fr "Le maire reconnaît une faute, mais estimant que cela ne mérite pas un tel bruit."
	assert_output '[["assertion","Le maire","reconnaît","une faute"],["assertion","Le maire","estimant","cela ne mérite pas un tel bruit"]]'
	run -0 claims en "The mayor admitted a mistake, but adding that it did not deserve such noise."
	assert_output '[["assertion","The mayor","admitted","a mistake"],["assertion","The mayor","adding","it did not deserve such noise"]]'
}

@test "extract-claims: selon lui, according to him inside a content attribute it to its own source: no claim apart, the content whole" {
	run -0 claims fr "Le député a dénoncé la répression dont sont victimes selon lui les manifestants de la part de la police."
	assert_output '[["accusation","Le député","a dénoncé","la répression dont sont victimes selon lui les manifestants de la part de la police"]]'
	run -0 claims en "The senator said the protesters had, according to him, been beaten by the police."
	assert_output '[["assertion","The senator","said","the protesters had, according to him, been beaten by the police"]]'
}

@test "extract-claims: selon X, according to X in the middle of a sentence scope over both sides, but not over a clause's opening words nor a comment after it" {
	run -0 claims fr "Le bilan, selon la préfecture, est de trois blessés."
	assert_output '[["report","la préfecture","selon","Le bilan, selon la préfecture, est de trois blessés"]]'
	run -0 claims en "The toll, according to the police, stands at three injured."
	assert_output '[["report","the police","according to","The toll, according to the police, stands at three injured"]]'
	# a pronoun too
	run -0 claims fr "Les loyers, selon lui, vont encore augmenter." '.content.text'
	assert_output '["Les loyers, selon lui, vont encore augmenter"]'
	run -0 claims en "Rents, according to her, will rise again." '.content.text'
	assert_output '["Rents, according to her, will rise again"]'
	# not after words that open the clause after it
	run -0 claims fr "Il a quitté la chaîne parce que, selon lui, la direction avait censuré son reportage." '.content.text'
	assert_output '["la direction avait censuré son reportage"]'
	run -0 claims en "He left the network after, according to him, its owners censored his report." '.content.text'
	assert_output '["its owners censored his report"]'
	# after a clause with its verb, a noun phrase that comments on it
	# is the reporter's
	run -0 claims fr "La direction aurait proposé une réunion mercredi, selon une source syndicale, une information que l'entreprise n'a pas confirmée." '.content.text'
	assert_output '["La direction aurait proposé une réunion mercredi"]'
	run -0 claims en "The board had offered a meeting on Wednesday, according to a union source, a claim which the company did not confirm." '.content.text'
	assert_output '["The board had offered a meeting on Wednesday"]'
}

@test "extract-claims: a time adjunct after a noun phrase's content dates the saying and ends the content; a clause keeps it" {
	run -0 claims fr "Le syndicat a dénoncé la fermeture du site après les annonces de la direction."
	assert_output '[["accusation","Le syndicat","a dénoncé","la fermeture du site"]]'
	run -0 claims fr "Le maire a dit qu'il partirait après le sommet."
	assert_output '[["assertion","Le maire","a dit","il partirait après le sommet"]]'
	run -0 claims en "The mayor announced a curfew, days after the riots in the port."
	assert_output '[["report","The mayor","announced","a curfew"]]'
	run -0 claims en "The council condemned the closure of the school ahead of the elections."
	assert_output '[["accusation","The council","condemned","the closure of the school"]]'
	run -0 claims en "The minister said he would resign after the vote."
	assert_output '[["assertion","The minister","said","he would resign after the vote"]]'
}

@test "extract-claims: the passive of a cue whose object is its target is a claim, its agent the source or none" {
	run -0 claims fr "Le gouvernement est accusé de favoriser les riches."
	assert_output '[["accusation",null,"est accusé","de favoriser les riches"]]'
	run -0 claims fr "Le préfet a été accusé par les syndicats d'avoir menti sur les chiffres."
	assert_output '[["accusation","les syndicats","a été accusé","d'"'"'avoir menti sur les chiffres"]]'
	run -0 claims en "The president is accused of favouring the rich."
	assert_output '[["accusation",null,"is accused","of favouring the rich"]]'
	run -0 claims en "The firms were urged by the regulator to cut prices."
	assert_output '[["demand","the regulator","were urged","to cut prices"]]'
	# its participle in apposition, with an accusation's preposition or
	# an agent; a reporter's question is none
	run -0 claims en "The minister, accused of lying, resigned."
	assert_output '[["accusation",null,"accused","of lying"]]'
	run -0 claims en "The mayor, urged by the unions to resign, refused."
	assert_output '[["demand","the unions","urged","to resign"]]'
	run -0 claims en "The mayor, asked to comment, left."
	assert_output '[]'
}

@test "extract-claims: speech whose content is a negation alone is no claim" {
	run -0 claims en "The mayor said nothing."
	assert_output '[]'
	run -0 claims fr "Le maire n'a rien dit."
	assert_output '[]'
}

@test "extract-claims: citing (citer, cite), setting aside (écarter) and outlining are cues, in both languages where they are verbs of saying" {
	run -0 claims fr "Le ministre a cité plusieurs pistes de réforme. Le gouvernement a écarté toute hausse des impôts."
	assert_output '[["assertion","Le ministre","a cité","plusieurs pistes de réforme"],["denial","Le gouvernement","a écarté","toute hausse des impôts"]]'
	run -0 claims en "The agency outlined a plan to cut emissions by half. The mayor cited a lack of funding."
	assert_output '[["report","The agency","outlined","a plan to cut emissions by half"],["assertion","The mayor","cited","a lack of funding"]]'
}

@test "extract-claims: verbs of saying from the quote-verb lists that took no content before (reassure, inform, reckon) are cues" {
	run -0 claims en "The minister reassured farmers that prices would hold. The agency informed staff that the office would close. He reckons the deal is dead."
	assert_output '[["assertion","The minister","reassured","prices would hold"],["report","The agency","informed","the office would close"],["assertion","He","reckons","the deal is dead"]]'
}

@test "extract-claims: French verbs of saying from the quote-verb lists (suggérer, tweeter, alléguer) are cues, their irregular accents too" {
	run -0 claims fr "Le syndicat suggère que la réforme soit reportée. Le député a tweeté que le vote serait reporté. La défense allègue que les preuves ont été fabriquées."
	assert_output '[["assertion","Le syndicat","suggère","la réforme soit reportée"],["assertion","Le député","a tweeté","le vote serait reporté"],["accusation","La défense","allègue","les preuves ont été fabriquées"]]'
}

@test "extract-claims: the passive of a cue told to someone, with that or que, has the agent or no source, in both languages" {
	run -0 claims en "Residents were told that the water was safe. Staff were told by the manager that the office would close."
	assert_output '[["assertion",null,"were told","the water was safe"],["assertion","the manager","were told","the office would close"]]'
	run -0 claims fr "Les salariés ont été avertis par la direction que l'usine fermerait. Les habitants ont été prévenus que l'eau serait coupée."
	assert_output '[["warning","la direction","ont été avertis","l'\''usine fermerait"],["warning",null,"ont été prévenus","l'\''eau serait coupée"]]'
}

@test "extract-claims: a straight mark glued after a clause's end closes, one glued before a capital opens, in both languages" {
	run -0 claims fr 'La salle a applaudi. "Nous sommes les rebelles du monde. Bonne idée, non?", a ironisé le maire.'
	assert_output '[["assertion","le maire","a ironisé","Nous sommes les rebelles du monde. Bonne idée, non?"]]'
	run -0 claims en 'The hall cheered. "We are the rebels of the world. Good idea, no?", the mayor said.'
	assert_output '[["assertion","the mayor","said","We are the rebels of the world. Good idea, no?"]]'
	run -0 claims fr 'Le chef a parlé. "Nous vivons ici depuis toujours", a-t-il dit."Pour nous, la loi est injuste", a-t-il ajouté.' '.content.text'
	assert_output '["Nous vivons ici depuis toujours","Pour nous, la loi est injuste"]'
	run -0 claims en 'The chief spoke. "We have lived here forever," he said."For us, the law is unfair," he added.' '.content.text'
	assert_output '["We have lived here forever","For us, the law is unfair"]'
	run -0 claims fr "$(printf '%s\n%s' 'Le chef a parlé.' 'Lire aussi: Le bilan de la Cour"Nous avons porté plainte. Nous irons au bout", a-t-il dit.')" '.content.text'
	assert_output '["Nous avons porté plainte. Nous irons au bout"]'
}

@test "extract-claims: an attribution after its content that closes another's content ends it, in both languages" {
	run -0 claims fr 'Le maire a déclaré que la ville était en faillite, selon le journal.'
	assert_output '[["assertion","Le maire","a déclaré","la ville était en faillite"],["report","le journal","selon","Le maire a déclaré que la ville était en faillite"]]'
	run -0 claims en 'The mayor said the city was bankrupt, according to the newspaper.'
	assert_output '[["assertion","The mayor","said","the city was bankrupt"],["report","the newspaper","according to","The mayor said the city was bankrupt"]]'
	run -0 claims fr 'Le ministre a évoqué une crise grave, a précisé son porte-parole.' '.content.text'
	assert_output '["une crise grave","Le ministre a évoqué une crise grave"]'
	run -0 claims en 'The prosecutor mentioned a serious fraud, the lawyer said.' '.content.text'
	assert_output '["a serious fraud","The prosecutor mentioned a serious fraud"]'
	# with where or to whom it was said after it, or its source's title
	run -0 claims fr "Selon les premiers relevés, la digue aurait cédé, a indiqué un ingénieur à l'AFP." '[.cue.text, .content.text]'
	assert_output '[["Selon","la digue aurait cédé"],["a indiqué","la digue aurait cédé"]]'
	run -0 claims en 'According to early readings, the dam gave way, an engineer told reporters on Sunday.' '[.cue.text, .content.text]'
	assert_output '[["According to","the dam gave way"],["told","the dam gave way"]]'
	run -0 claims fr "Selon la police, le suspect a fui, a déclaré le procureur, Jean Martin, lors d'un point presse." '[.cue.text, .content.text]'
	assert_output '[["Selon","le suspect a fui"],["a déclaré","le suspect a fui"]]'
	run -0 claims en 'According to the police, the suspect fled, said the prosecutor, Jean Martin, at a news conference.' '[.cue.text, .content.text]'
	assert_output '[["According to","the suspect fled"],["said","the suspect fled"]]'
	# not a clause of its own after it
	run -0 claims en 'According to the report, the dam gave way, an engineer said, and the town was flooded.' '[.cue.text, .content.text]'
	assert_output --partial 'an engineer said, and the town was flooded"'
}

@test "extract-claims: a verb of saying's form that is a noun is no cue: after a noun's complement, inside a hyphenated word, after a determiner in a source, in both languages" {
	run -0 claims en 'Ann Lee, a former secretary of state, left the meeting early, according to a pool report.' '.cue.text'
	assert_output '["according to"]'
	run -0 claims en 'Ann Lee was committed to a 50-state strategy, aides said.' '[.cue.text, .content.text]'
	assert_output '[["said","Ann Lee was committed to a 50-state strategy"]]'
	run -0 claims fr 'Le non-dit pèse sur la famille, a expliqué le juge.' '[.source.text, .cue.text, .content.text]'
	assert_output '[["le juge","a expliqué","Le non-dit pèse sur la famille"]]'
}

@test "extract-claims: a source whose noun is also a cue's form (le juge, le conseiller; the report, the state) speaks, in both languages" {
	run -0 claims fr 'Le juge estime que la situation est grave. Le conseiller estime que le texte est mauvais.' '.source.text'
	assert_output '["Le juge","Le conseiller"]'
	run -0 claims en 'The report said the situation was serious. The state said the law was void.' '.source.text'
	assert_output '["The report","The state"]'
	# without a determiner before it, the form is the verb
	run -0 claims fr 'Le ministre juge que le texte est dangereux.' '.cue.text'
	assert_output '["juge"]'
}

@test "extract-claims: every word of a date between the cue and the source is a date, and a phrase alone after the cue is no source, in both languages" {
	run -0 claims_tagged fr "La situation est grave, a déclaré mardi soir à l'AFP Jean Valmont." '.source.text'
	assert_output '["Jean Valmont"]'
	run -0 claims_tagged en 'The plan is dead, said on Tuesday night the minister.' '.source.text'
	assert_output '["the minister"]'
	# a time after the cue with no source there: no claim with it as source
	run -0 claims_tagged en 'The situation is serious, the health minister, Anne Moore, said on Tuesday.' '[.source.text]'
	refute_output --partial '"on"'
	run -0 claims_tagged fr "La situation est grave, a précisé dans la soirée le porte-parole." '.source.text'
	assert_output '["le porte-parole"]'
}

# sources LANG NOUN... : for each source noun, six sentences of the
# constructions a source takes, one claim each; prints the records where
# no claim has that source and the content.
sources() {
	local lang=$1 n S
	shift
	for n in "$@"; do
		S="$(printf '%s' "${n:0:1}" | tr '[:lower:]' '[:upper:]')${n:1}"
		if [ "$lang" = fr ]; then
			printf '%s\n' "$S a déclaré que la situation était grave." \
			    "La situation est grave, a déclaré $n." \
			    "Selon $n, la situation est grave." \
			    "« La situation est grave », a affirmé $n." \
			    "$S estime que la situation est grave." \
			    "La situation est grave, a déclaré mardi soir $n."
		else
			printf '%s\n' "$S said the situation was serious." \
			    "The situation is serious, said $n." \
			    "According to $n, the situation is serious." \
			    "\"The situation is serious,\" $n said." \
			    "$S believes the situation is serious." \
			    "The situation is serious, $n said on Tuesday night."
		fi | wanted "$lang" "$n"
	done | segment | tag-entities | extract-claims |
	    jq -r '(.want | split(" ") | last | ascii_downcase) as $w |
	        select([.claims[] | select((.source.text // "" |
	        ascii_downcase | contains($w)) and
	        (.content.text | test("situation")))] | length == 0) | .text'
}

@test "extract-claims: sources of every kind speak in each construction, their nouns a cue's form or not, in both languages" {
	run -0 sources fr "le juge" "le conseiller" "le procureur" "la police" \
	    "le gouvernement" "une source policière" "le porte-parole" "l'ONU" \
	    "le rapport" "la défense" "les enquêteurs" "le ministère de l'Intérieur"
	assert_output ''
	run -0 sources en "the judge" "the report" "the state" "police" \
	    "the government" "a police source" "the spokesman" "the UN" \
	    "the court" "the defense" "investigators" "the Home Office"
	assert_output ''
}

@test "extract-claims: CONTENT, a subject and its apposition between commas, CUE: they speak, in both languages" {
	run -0 claims en 'The situation is serious, the health minister, Anne Moore, said on Tuesday.' '[.source.text, .cue.text, .content.text]'
	assert_output '[["the health minister","said","The situation is serious"]]'
	run -0 claims_tagged en 'The economy is recovering, Anne Moore, the finance minister, told reporters.' '[.source.text, .cue.text, .content.text]'
	assert_output '[["Anne Moore","told","The economy is recovering"]]'
	run -0 claims fr 'La situation est grave, la ministre de la Santé, Anne Morel, a affirmé mardi.' '[.source.text, .cue.text, .content.text]'
	assert_output '[["la ministre de la Santé","a affirmé","La situation est grave"]]'
	# not brackets: an acronym inside the content, its source after the cue
	run -0 claims_tagged fr "La Direction nationale du contrôle de gestion (DNCG) a interdit tout recrutement au club, a annoncé la Ligue dans un communiqué." '[.source.text, .content.text]'
	assert_output '[["la Ligue","La Direction nationale du contrôle de gestion (DNCG) a interdit tout recrutement au club"]]'
	run -0 claims_tagged en "The Office for Budget Responsibility (OBR) cut its forecast, the Treasury said." '[.source.text, .content.text]'
	assert_output '[["the Treasury","The Office for Budget Responsibility (OBR) cut its forecast"]]'
}

@test "extract-claims: a cue that takes a clause only (recall) makes no claim of a noun phrase, which is another sense" {
	run -0 claims en 'Italy has recalled its ambassador to Paris. He recalled he had warned them. She recalled that the plan had failed.' '[.cue.text, .content.text]'
	assert_output '[["recalled","he had warned them"],["recalled","the plan had failed"]]'
	# French's rappeler takes a clause after que already
	run -0 claims fr "L'Italie a rappelé son ambassadeur à Paris. Il a rappelé que le plan avait échoué." '[.cue.text, .content.text]'
	assert_output '[["a rappelé","le plan avait échoué"]]'
}

@test "extract-claims: a cue's not_objects right after it give the verb another sense: no claim; a clause after it stays one" {
	run -0 claims fr "Le groupe accuse une forte baisse de ses ventes. La Bourse accuse le coup. Le maire accuse le préfet de mentir." '[.cue.text, .content.text]'
	assert_output '[["accuse","le préfet de mentir"]]'
	run -0 claims en "The mayor will declare a state of emergency. The firm declared bankruptcy. The mayor declared the war was over." '[.cue.text, .content.text]'
	assert_output '[["declared","the war was over"]]'
}

@test "extract-claims: a cue's not_after_objects after its object give it another sense (a court's sentence): no claim" {
	run -0 claims fr "Le tribunal a condamné mardi les sociétés Valtrex et Orvane à 450 000 euros d'amende. La cour a condamné l'ancien maire à deux ans de prison. Le maire a condamné le « mépris » du préfet." '[.cue.text, .content.text]'
	assert_output '[["a condamné","le « mépris » du préfet"]]'
	run -0 claims en "The court condemned the three men to life in prison. The mayor condemned the \"contempt\" of the governor." '[.cue.text, .content.text]'
	assert_output '[["condemned","the \"contempt\" of the governor"]]'
}

@test "extract-claims: the object of a cue of warning is whom it alerts, no content by itself" {
	run -0 claims fr "Des témoins ont alerté les secours. L'association a alerté que la rivière débordait."
	assert_output '[["warning","L'\''association","a alerté","la rivière débordait"]]'
	run -0 claims en "Neighbours warned the police. The agency warned that the river was rising."
	assert_output '[["warning","The agency","warned","the river was rising"]]'
}

@test "extract-claims: a cue of warning or informing takes a noun phrase after a preposition of topic, its object before or not; an object with a complement of its own is still whom it alerts" {
	run -0 claims fr "Des voisins ont alerté les pompiers du quartier. Le préfet a informé les maires de la région."
	assert_output '[]'
	run -0 claims fr "L'association alerte l'opinion sur la pénurie d'eau. Le maire a averti les habitants de ne pas sortir."
	assert_output '[["warning","L'\''association","alerte","l'\''opinion sur la pénurie d'\''eau"],["warning","Le maire","a averti","les habitants de ne pas sortir"]]'
	run -0 claims en "The guard warned the visitors from the balcony. The bank notified regulators on Monday."
	assert_output '[]'
	run -0 claims en "The agency warned farmers about the drought. The FBI warned state officials to boost their security."
	assert_output '[["warning","The agency","warned","farmers about the drought"],["warning","The FBI","warned","state officials to boost their security"]]'
}

@test "extract-claims: a clause after a conjunction made with que or that (dès que, alors que, now that) is no content" {
	run -0 claims fr "« Nous partirons demain », a affirmé le maire, alors que la route était déjà fermée."
	assert_output '[["assertion","le maire","a affirmé","Nous partirons demain"]]'
	run -0 claims fr "Elle a alerté le ministre dès que la panne a été connue."
	assert_output '[]'
	run -0 claims en '"We are leaving tomorrow," the mayor said, now that the road was closed.'
	assert_output '[["assertion","the mayor","said","We are leaving tomorrow"]]'
}

@test "extract-claims: a sentence that opens with a coordinator before its cue has no subject of its own: the claim has no source, not the coordinator" {
	run -0 claims fr "La députée mène campagne. Et menace de saisir le Conseil constitutionnel."
	assert_output '[["warning",null,"menace","de saisir le Conseil constitutionnel"]]'
	run -0 claims en "The senator kept campaigning. And warned that the bill would fail."
	assert_output '[["warning",null,"warned","the bill would fail"]]'
	run -0 claims fr "Le maire a dénoncé la fermeture et a averti que la route serait coupée."
	assert_output '[["accusation","Le maire","a dénoncé","la fermeture"],["warning","Le maire","a averti","la route serait coupée"]]'
}

@test "extract-claims: an auxiliary is no cue whatever cue shares its form, and after de a cue's form is a noun, as after of (French: sommes, d'avance)" {
	run -0 claims fr "Nous sommes engagés à protéger le climat. Le préfet a sommé la société de partir."
	assert_output '[["demand","Le préfet","a sommé","la société de partir"]]'
	run -0 claims fr "Je vous remercie d'avance pour ce que vous ferez. Le maire vient de déclarer que la route serait fermée."
	assert_output '[["assertion","Le maire","vient de déclarer","la route serait fermée"]]'
}

@test "extract-claims: nous and vous after a subject are objects in the verb's group, not part of the source; first in a clause, they are its subject (French only)" {
	run -0 claims fr "Je vous demande d'intervenir rapidement. Le ministre nous a affirmé que la route serait fermée."
	assert_output '[["demand","Je","vous demande","d'\''intervenir rapidement"],["assertion","Le ministre","nous a affirmé","la route serait fermée"]]'
	run -0 claims fr "Mais nous pensons que la loi est injuste."
	assert_output '[["assertion","nous","pensons","la loi est injuste"]]'
}

@test "extract-claims: comme l'a dit X, as X said: the incise's conjunction sets the cue and its source off from the content, before or after them" {
	run -0 claims_tagged fr "Comme l'a rappelé le maire lundi, la piscine restera fermée. La piscine restera fermée, comme l'a annoncé la mairie." '[.kind, .source.text, .cue.text, .content.text]'
	assert_output '[["assertion","le maire","l'\''a rappelé","la piscine restera fermée"],["report","la mairie","l'\''a annoncé","La piscine restera fermée"]]'
	run -0 claims en "As the mayor said on Monday, the pool will stay closed. The pool will stay closed, as the council announced."
	assert_output '[["assertion","the mayor","said","the pool will stay closed"],["report","the council","announced","The pool will stay closed"]]'
	run -0 claims fr "La piscine restera fermée, comme le rappelle le maire."
	assert_output '[["assertion","le maire","le rappelle","La piscine restera fermée"]]'
	run -0 claims en "The pool closed, as the council feared the roof would fall."
	assert_output '[["assertion","the council","feared","the roof would fall"]]'
}

@test "extract-claims: a quotation split by its attribution is continued after the cue, its source and a comma" {
	run -0 claims fr '« Nous ne céderons pas », a déclaré le ministre, « la réforme ira à son terme ».' '[.source.text, .cue.text, .content.text]'
	assert_output '[["le ministre","a déclaré","Nous ne céderons pas"],["le ministre","a déclaré","la réforme ira à son terme"]]'
	run -0 claims en '"We will not give in," the minister said, "the reform will go ahead." He left.' '[.source.text, .cue.text, .content.text]'
	assert_output '[["the minister","said","We will not give in"],["the minister","said","the reform will go ahead."]]'
}

@test "extract-claims: an inverted cue and its source set off by commas inside a content with no verb before them: the content goes on after them" {
	run -0 claims fr "Le projet, a-t-il ajouté, coûtera des milliards. La réforme, a estimé le ministre, est nécessaire." '.content.text'
	assert_output '["Le projet, a-t-il ajouté, coûtera des milliards","La réforme, a estimé le ministre, est nécessaire"]'
	run -0 claims en "The plan, added the minister, would cost billions." '.content.text'
	assert_output '["The plan, added the minister, would cost billions"]'
	# a clause before them, or the source's apposition after them
	run -0 claims en "The ad will run this week, said Dana Loft, a longtime adviser to the family." '.content.text'
	assert_output '["The ad will run this week"]'
	# a name after them: the source's apposition, no predicate
	run -0 claims fr "La commune prévoit un déficit de 4 %, a annoncé mercredi le maire adjoint, Paul Ricard, lors du conseil." '.content.text'
	assert_output '["La commune prévoit un déficit de 4 %"]'
	run -0 claims en "The county expects a deficit of 4%, said the finance director, Anne Moore." '.content.text'
	assert_output '["The county expects a deficit of 4%"]'
}

@test "extract-claims: a straight opening quotation mark closed by a curly one pairs with it: the quotation is direct, its words no claim of their own" {
	run -0 claims en 'The hall was full. "We learned a lot this week, I have to tell you,” the mayor said.' '[.source.text, .cue.text, .content.text, .direct]'
	assert_output '[["the mayor","said","We learned a lot this week, I have to tell you",true]]'
	run -0 claims fr 'La salle était pleine. "Nous avons beaucoup appris, je vous le dis”, a déclaré le maire.' '[.source.text, .cue.text, .content.text, .direct]'
	assert_output '[["le maire","a déclaré","Nous avons beaucoup appris, je vous le dis",true]]'
}

@test "extract-claims: a conjunction of contrast after a comma opens a claim of its own (while, whereas; tandis que, alors que); without a cue its clause stays in the content" {
	run -0 claims en "The mayor said the bridge would reopen in May, while the minister said that repairs would take a year." '[.source.text, .cue.text, .content.text]'
	assert_output '[["The mayor","said","the bridge would reopen in May"],["the minister","said","repairs would take a year"]]'
	run -0 claims en "The mayor said the bridge would reopen in May, whereas the minister said that repairs would take a year." '[.source.text, .cue.text, .content.text]'
	assert_output '[["The mayor","said","the bridge would reopen in May"],["the minister","said","repairs would take a year"]]'
	run -0 claims fr "Le maire a affirmé que le pont rouvrirait en mai, tandis que le ministre a estimé que les travaux dureraient un an." '[.source.text, .cue.text, .content.text]'
	assert_output '[["Le maire","a affirmé","le pont rouvrirait en mai"],["le ministre","a estimé","les travaux dureraient un an"]]'
	run -0 claims fr "Le maire a affirmé que le pont rouvrirait en mai, alors que le ministre a estimé que les travaux dureraient un an." '.content.text'
	assert_output '["le pont rouvrirait en mai","les travaux dureraient un an"]'
	run -0 claims en "The mayor said the bridge would reopen in May, while repairs would take a year." '.content.text'
	assert_output '["the bridge would reopen in May, while repairs would take a year"]'
	run -0 claims fr "Le maire a affirmé que le pont rouvrirait en mai, alors que les travaux dureraient un an." '.content.text'
	assert_output '["le pont rouvrirait en mai, alors que les travaux dureraient un an"]'
}

@test "extract-claims: a negated cue after a coordinator ends the content before it and makes no claim (said X but did not say Y; a dit X mais n'a pas dit Y)" {
	run -0 claims en "The senator said he would offer a prayer for the nominee but did not say who it would be." '.content.text'
	assert_output '["he would offer a prayer for the nominee"]'
	run -0 claims en "The senator said he would offer a prayer for the nominee and never said that he would vote." '.content.text'
	assert_output '["he would offer a prayer for the nominee"]'
	run -0 claims fr "Le sénateur a dit qu'il prierait pour le candidat mais n'a pas dit que le vote était fini." '.content.text'
	assert_output '["il prierait pour le candidat"]'
	run -0 claims en "The senator did not say who it would be."
	assert_output '[]'
}

@test "extract-claims: a verb of judgement with an object and the quotation that names it makes a claim where no clause follows (a jugé les prévisions « irréalistes »)" {
	run -0 claims fr "La sénatrice a jugé les chiffres du chômage « trompeurs » et appelé le ministre à s'expliquer." '[.cue.text, .content.text]'
	assert_output '[["a jugé","les chiffres du chômage « trompeurs »"],["appelé","le ministre à s'"'"'expliquer"]]'
	run -0 claims fr "Le syndicat estime la réforme « brutale »." '.content.text'
	assert_output '["la réforme « brutale »"]'
	# a clause first; a quotation opening with a preposition names nothing
	run -0 claims fr "La cour jugera les prévenus « en toute sérénité »."
	assert_output '[]'
	run -0 claims fr "La sénatrice a jugé que les chiffres étaient « trompeurs »." '.content.text'
	assert_output '["les chiffres étaient « trompeurs »"]'
	run -0 claims en 'The senator called the jobless figures "misleading".' '.content.text'
	assert_output '["the jobless figures \"misleading\""]'
	# verbs of regret judge so too (deplored, lamented: English already
	# takes their noun phrase)
	run -0 claims fr "Le candidat a regretté un débat « caricatural » et déploré des attaques « indignes »." '[.cue.text, .content.text]'
	assert_output '[["a regretté","un débat « caricatural »"],["déploré","des attaques « indignes »"]]'
	run -0 claims en 'The candidate lamented a "caricatural" debate.' '.content.text'
	assert_output '["a \"caricatural\" debate"]'
}

@test "extract-claims: a content around its own attribution that another claim cuts right after it is the part before it (A, officials said, though unions warned that B)" {
	run -0 claims en "The bridge will stay shut until May, engineers said, although residents have argued that it is safe." '[.cue.text, .content.text]'
	assert_output '[["said","The bridge will stay shut until May"],["have argued","it is safe"]]'
	run -0 claims fr "Le pont restera fermé jusqu'en mai, ont indiqué les ingénieurs, même si les riverains ont affirmé qu'il était sûr." '[.cue.text, .content.text]'
	assert_output '[["ont indiqué","Le pont restera fermé jusqu'"'"'en mai"],["ont affirmé","il était sûr"]]'
	# with no claim after it, the content runs on around its attribution
	run -0 claims en "The bridge, engineers said, will stay shut until May." '.content.text'
	assert_output '["The bridge, engineers said, will stay shut until May"]'
}

@test "extract-claims: the reporter's own work as a source makes no claim (selon nos informations, according to our analysis); the paper's sources do" {
	run -0 claims fr "Selon nos informations, la direction prépare un plan social."
	assert_output '[]'
	run -0 claims en "According to our analysis, the council overspent by a third."
	assert_output '[]'
	run -0 claims en "According to our sources, the council overspent by a third." '.source.text'
	assert_output '["our sources"]'
	run -0 claims fr "D'après nos calculs, la dette a doublé, a reconnu le maire." '[.source.text, .content.text]'
	assert_output '[["le maire","la dette a doublé"]]'
}

@test "extract-claims: light-verb cues take their clause (made clear that, made it clear; a fait valoir que, a fait remarquer que); made clear before a noun is an adjective's" {
	run -0 claims en "The mayor made it clear she would not resign." '[.cue.text, .content.text]'
	assert_output '[["made it clear","she would not resign"]]'
	run -0 claims en "The club made clear gains this season."
	assert_output '[]'
	run -0 claims fr "La maire a fait valoir que la ligne serait rentable." '[.cue.text, .content.text]'
	assert_output '[["a fait valoir","la ligne serait rentable"]]'
	run -0 claims fr "Le préfet a fait remarquer que la route restait fermée." '[.cue.text, .content.text]'
	assert_output '[["a fait remarquer","la route restait fermée"]]'
}

@test "extract-claims: praised X as Y is a claim, as described X as Y is; praise with no as names no proposition" {
	run -0 claims en 'The governor praised the deal as "a model for the region".' '[.cue.text, .content.text]'
	assert_output '[["praised","the deal as \"a model for the region\""]]'
	run -0 claims en "The coach praised his players after the match."
	assert_output '[]'
}

@test "extract-claims: a coordinator inside a name or between two ends no source (a spokesman for the Food and Drug Administration said, ministers in Spain and Italy urged)" {
	run -0 claims_tagged en "A spokesman for the Bureau of Alcohol and Firearms said the case was closed." '.source.text'
	assert_output '["A spokesman for the Bureau of Alcohol and Firearms"]'
	run -0 claims_tagged fr "Un porte-parole du ministère de l'Écologie et des Territoires a indiqué que le dossier était clos." '.source.text'
	assert_output '["Un porte-parole du ministère de l'"'"'Écologie et des Territoires"]'
	# nor between two names: one noun phrase
	run -0 claims_tagged en "Health ministers in Norway and Chile urged both sides to talk." '.source.text'
	assert_output '["Health ministers in Norway and Chile"]'
	run -0 claims_tagged fr "Oslo et Santiago ont affirmé que l'accord tenait." '.source.text'
	assert_output '["Oslo et Santiago"]'
	# outside a name, a coordinator still ends the clause before it
	run -0 claims_tagged en "The plant closed and officials said the case was closed." '.source.text'
	assert_output '["officials"]'
}

@test "extract-claims: negated speech with no content, or withheld speech (declined to say, a refusé de dire), after a coordinator ends the content before it; alone it is no claim" {
	run -0 claims en "The mayor said the bridge was safe but did not say when it would reopen." '.content.text'
	assert_output '["the bridge was safe"]'
	run -0 claims en "The union said talks had stalled, but declined to comment on the strike." '.content.text'
	assert_output '["talks had stalled"]'
	run -0 claims en "The firm said profits rose but refused to confirm that jobs would go." '.content.text'
	assert_output '["profits rose"]'
	run -0 claims fr "Le maire a assuré que le pont était sûr, mais n'a pas précisé quand il rouvrirait." '.content.text'
	assert_output '["le pont était sûr"]'
	run -0 claims fr "La ministre a affirmé que la réforme serait votée, mais s'est refusée à commenter le calendrier." '.content.text'
	assert_output '["la réforme serait votée"]'
	run -0 claims fr "Le syndicat a indiqué que les discussions étaient bloquées, mais a refusé de dire si la grève continuerait." '.content.text'
	assert_output '["les discussions étaient bloquées"]'
	# alone: withheld speech is no claim
	run -0 claims en "The mayor declined to say that the bridge would reopen."
	assert_output '[]'
	run -0 claims fr "Le maire a refusé de dire que le pont rouvrirait."
	assert_output '[]'
	# a bare infinitive inside the content is no verb of the speaker's
	run -0 claims en "The editor said nobody told them what to say or not say." 'select(.cue.text == "said") | .content.text'
	assert_output '["nobody told them what to say or not say"]'
}

@test "extract-claims: after an attribution preposition's source, a dash sets off the reporter's words: the content is the clause before" {
	run -0 claims en "Some 59 percent of voters view her unfavorably, according to a poll last week - virtually the same as his 60 percent." '[.source.text, .content.text]'
	assert_output '[["a poll last week","Some 59 percent of voters view her unfavorably"]]'
	run -0 claims fr "La moitié des électeurs la jugent défavorablement, selon un sondage publié lundi – un chiffre proche du sien." '[.source.text, .content.text]'
	assert_output '[["un sondage publié lundi","La moitié des électeurs la jugent défavorablement"]]'
	run -0 claims fr "La réforme, selon le ministre, est nécessaire." '.content.text'
	assert_output '["La réforme, selon le ministre, est nécessaire"]'
}

@test "extract-claims: a period that ends an abbreviation inside an aside ends no aside: the subject before the asides speaks" {
	run -0 claims_tagged en "John Smith, 61, of Pittsburgh, Pa., said the plant would close." '[.source.text, .cue.text, .content.text]'
	assert_output '[["John Smith","said","the plant would close"]]'
	run -0 claims_tagged fr "Paul Martin, 61 ans, de Saint-Paul, Ard., estime que l'usine fermera." '[.source.text, .cue.text, .content.text]'
	assert_output '[["Paul Martin","estime","l'\''usine fermera"]]'
}

@test "extract-claims: where that drops, a determiner's noun an auxiliary follows opens the clause after the object, and an adverbial an auxiliary follows is its subject (English only)" {
	run -0 claims en "Cornyn told reporters this was the only chance. Cornyn told the AP the bill would pass." '[.source.text, .cue.text, .content.text]'
	assert_output '[["Cornyn","told","this was the only chance"],["Cornyn","told","the bill would pass"]]'
	run -0 claims en "As Democrats pushed for new talks, Cornyn said today was the only chance." '[.source.text, .cue.text, .content.text]'
	assert_output '[["Cornyn","said","today was the only chance"]]'
	run -0 claims en "The plant will close, the mayor said this week." '[.source.text, .content.text]'
	assert_output '[["the mayor","The plant will close"]]'
}

@test "extract-claims: a subject whose name a possessive follows is the phrase it owns, up to an adverb, for a participle as for a cue (English only: 's is an auxiliary too)" {
	run -0 claims_tagged en "Britain's aviation regulator fined the carrier on Thursday, saying it had broken the law." '[.source.text, .cue.text]'
	assert_output '[["Britain'"'"'s aviation regulator","saying"]]'
	run -0 claims_tagged en "Halvorsen's campaign also went on the offensive, calling the ad \"a lie\"." '.source.text'
	assert_output '["Halvorsen'"'"'s campaign"]'
	run -0 claims en "He's said the plan was sound." '[.source.text, .cue.text]'
	assert_output '[["He","'"'"'s said"]]'
}

@test "extract-claims: a cue's gerund after by, while, after (en, in French) speaks for the sentence's subject, a name's end where no auxiliary follows it, or the subject after the gerund's clause when that opens the sentence" {
	run -0 claims_tagged en "Bolton gave a similar assessment while saying that the speech reassured him." '[.source.text, .cue.text, .content.text]'
	assert_output '[["Bolton","while saying","the speech reassured him"]]'
	run -0 claims_tagged en "Sanders has soared in the polls by saying that the system is rigged." '[.source.text, .cue.text, .content.text]'
	assert_output '[["Sanders","by saying","the system is rigged"]]'
	run -0 claims_tagged en "After saying he was nervous, Kasich left the room." '[.source.text, .cue.text, .content.text]'
	assert_output '[["Kasich","After saying","he was nervous"]]'
	run -0 claims_tagged fr "Le maire a répondu en affirmant que le budget était tenu." '[.source.text, .cue.text, .content.text]'
	assert_output '[["Le maire","en affirmant","le budget était tenu"]]'
}

@test "extract-claims: a gerund with its reflexive pronoun (en se disant, tout en se déclarant) speaks for the sentence's subject" {
	run -0 claims_tagged fr "La banque a gardé ses taux, tout en se disant prête à les baisser au printemps." '[.source.text, .cue.text, .content.text]'
	assert_output '[["La banque","en se disant","prête à les baisser au printemps"]]'
	run -0 claims_tagged fr "Le club a limogé son entraîneur en se déclarant déçu par ses résultats." '[.source.text, .cue.text]'
	assert_output '[["Le club","en se déclarant"]]'
	# a reflexive cue in the present keeps its own subject
	run -0 claims_tagged fr "Le maire se dit prêt à démissionner." '[.source.text, .cue.text]'
	assert_output '[["Le maire","se dit"]]'
}

@test "extract-claims: the subject a coordinated cue or a participle shares ends before the first verb, a word between a noun and its object's determiner (X kept its rates and said; X maintient sa réforme et affirme)" {
	run -0 claims_tagged en "The airline cut its forecast and said demand would stay weak." '[.source.text, .cue.text]'
	assert_output '[["The airline","said"]]'
	run -0 claims_tagged en "The central bank kept its rates on hold while saying it was ready to act." '.source.text'
	assert_output '["The central bank"]'
	run -0 claims_tagged fr "Le gouvernement maintient sa réforme et affirme qu'elle est juste." '[.source.text, .cue.text]'
	assert_output '[["Le gouvernement","affirme"]]'
	# a preposition's noun phrase stays in the subject (of, in, du, au)
	run -0 claims_tagged en "The head of the agency rejected the report and said it was flawed." '.source.text'
	assert_output '["The head of the agency"]'
	run -0 claims_tagged fr "Le président du conseil régional rejette le rapport et affirme qu'il est biaisé." '.source.text'
	assert_output '["Le président du conseil régional"]'
	# a relative's that after the noun is no object's determiner
	run -0 claims_tagged en "Any company that rejects the rules and says it will not comply faces a fine." '.source.text'
	refute_output '["Any"]'
}

@test "extract-claims: a cue in the content of another verb's claim, where English drops that, has no source before that verb's cue; the one content reports it" {
	run -0 claims_tagged en "Officials said police had warned that the bridge was unsafe." '[.source.text, .cue.text, .kind]'
	assert_output '[["Officials","said","warning"]]'
	run -0 claims_tagged en "He said the company had found no evidence that the files were copied." '.source.text'
	assert_output '["He"]'
	# a noun of saying in the subject, or a preposition after a cue,
	# opens no content
	run -0 claims_tagged en "A report published Monday said the pumps had failed." '.source.text'
	assert_output '["A report published Monday"]'
	# (responded has no content: by tweeting's clause is its own)
	run -0 claims_tagged en "Mr Lee responded by tweeting that the report was false." '[.source.text, .cue.text]'
	assert_output '[["Mr Lee","by tweeting"]]'
}

@test "extract-claims: a noun phrase of a determiner and one noun only names what was spoken of: no claim after a cue of praise, blame, denial or opinion; a report's, a demand's or a warning's stands" {
	run -0 claims_tagged en "Business groups hailed the decision." '.cue.text'
	assert_output '[]'
	run -0 claims_tagged fr "Le syndicat a salué la décision." '.cue.text'
	assert_output '[]'
	run -0 claims_tagged en "The minister condemned the attack, saying it was cowardly." '.cue.text'
	assert_output '["saying"]'
	run -0 claims_tagged fr "Le maire a critiqué le projet, estimant qu'il coûtait trop cher." '.cue.text'
	assert_output '["estimant"]'
	# a coordinator after the comma, before the next cue
	run -0 claims_tagged fr "Les associations saluent l'initiative, mais estiment qu'elle arrive trop tard." '.cue.text'
	assert_output '["estiment"]'
	run -0 claims_tagged en "The minister condemned the attack, but said no arrests had been made." '.cue.text'
	assert_output '["said"]'
	run -0 claims_tagged fr "Le maire a annoncé sa démission." '.content.text'
	assert_output '["sa démission"]'
	run -0 claims_tagged en "Unions called for the ban." '.content.text'
	assert_output '["the ban"]'
	# with more words it carries a proposition
	run -0 claims_tagged en "Critics condemned the decision to close the plant." '.content.text'
	assert_output '["the decision to close the plant"]'
	# an indefinite article brings something new
	run -0 claims_tagged fr "Le directeur a reconnu des retards." '.content.text'
	assert_output '["des retards"]'
	run -0 claims_tagged en "The director admitted some delays." '.content.text'
	assert_output '["some delays"]'
}

@test "extract-claims: a cue's participle in apposition with its agent only says who made a thing: no claim, and the subject before it speaks" {
	run -0 claims_tagged en "The report, written by two economists, said growth would slow." '[.source.text, .cue.text]'
	assert_output '[["The report","said"]]'
	run -0 claims_tagged fr "Le rapport, écrit par deux économistes, affirme que la croissance ralentira." '[.source.text, .cue.text]'
	assert_output '[["Le rapport","affirme"]]'
	# not a noun of how it was said after by
	run -0 claims_tagged en "Mr. Lee, 81, said by telephone that he was tired." '[.source.text, .cue.text]'
	assert_output '[["Mr. Lee","said"]]'
}

@test "extract-claims: the adverb of a gerund after a comma (tout en, even while) is no part of the content before it" {
	run -0 claims_tagged fr "Le candidat a reconnu sa défaite, tout en dénonçant une campagne « brutale »." '.content.text'
	assert_output '["sa défaite","une campagne « brutale »"]'
	run -0 claims_tagged en "The company admitted the error, even while saying it had followed the rules." '.content.text'
	assert_output '["the error","it had followed the rules"]'
}

@test "extract-claims: an opening gerund after an adverb (tout en, even while) has the subject after its clause" {
	run -0 claims_tagged fr "Tout en reconnaissant des retards, la direction assure que le chantier sera livré en juin." '[.source.text, .cue.text]'
	assert_output '[["la direction","en reconnaissant"],["la direction","assure"]]'
	run -0 claims_tagged en "Even while admitting some delays, the company says the bridge will open in June." '[.source.text, .cue.text]'
	assert_output '[["the company","while admitting"],["the company","says"]]'
}

@test "extract-claims: a quotation names what a longer object is called (English); not after a preposition, an infinitive or a possessive" {
	run -0 claims en 'Comey called Clinton'"'"'s use of private email servers "extremely careless." Stevens called his statements and actions on Sunday "childish."' '[.source.text, .cue.text, .content.text]'
	assert_output '[["Comey","called","Clinton'"'"'s use of private email servers \"extremely careless.\""],["Stevens","called","his statements and actions on Sunday \"childish.\""]]'
	run -0 claims en 'The mayor has called on police to release the videos "as a matter of transparency."' '.cue.text'
	refute_output --partial '"called"'
	run -0 claims en 'What he called Machado'"'"'s "sex tape" was old.'
	assert_output '[]'
	# French links the name with de, however long the object
	run -0 claims fr "Le ministre a qualifié la gestion de la crise par le gouvernement précédent de « désastreuse »." '.content.text'
	assert_output '["la gestion de la crise par le gouvernement précédent de « désastreuse »"]'
}

@test "extract-claims: SUBJECT, an aside that opens with a preposition, CUE: the subject speaks, and a target cue's object is its target, in both languages" {
	run -0 claims fr 'La ministre, dans un communiqué, a affirmé que les négociations reprendraient.'
	assert_output '[["assertion","La ministre","a affirmé","les négociations reprendraient"]]'
	run -0 claims en 'The minister, in a statement, said the talks would resume.'
	assert_output '[["assertion","The minister","said","the talks would resume"]]'
	run -0 claims fr 'Le maire, dans un communiqué, a accusé le préfet de mentir.'
	assert_output '[["accusation","Le maire","a accusé","le préfet de mentir"]]'
	run -0 claims en 'Trump, in a series of tweets, accused Democrats of obstruction.'
	assert_output '[["accusation","Trump","accused","Democrats of obstruction"]]'
	# after a quotation, a target cue's name is its source
	run -0 claims fr '« C’est un scandale », a accusé le ministre.'
	assert_output '[["accusation","le ministre","a accusé","C’est un scandale"]]'
}

@test "extract-claims: be before a cue's present participle is the progressive, no passive: the subject speaks (English)" {
	run -0 claims en 'Employers are demanding lower taxes.'
	assert_output '[["demand","Employers","are demanding","lower taxes"]]'
	run -0 claims en 'The minister is warning that prices will rise.'
	assert_output '[["warning","The minister","is warning","prices will rise"]]'
	# the passive stays one
	run -0 claims en 'The minister is said to favour the plan.'
	assert_output '[["report",null,"is said","to favour the plan"]]'
}

@test "extract-claims: verbs of voice (shout, chant; crier, scander) are cues where their content is a quotation, which may follow them directly, in both languages" {
	run -0 claims fr 'Les manifestants scandaient « Non à la fermeture ».'
	assert_output '[["assertion","Les manifestants","scandaient","Non à la fermeture"]]'
	run -0 claims fr '« Dehors ! », a crié la foule.'
	assert_output '[["assertion","la foule","a crié","Dehors !"]]'
	run -0 claims en 'Protesters chanted "No to the closure."'
	assert_output '[["assertion","Protesters","chanted","No to the closure."]]'
	run -0 claims en '"Get out!" the crowd shouted.'
	assert_output '[["assertion","the crowd","shouted","Get out!"]]'
	# no quotation, no claim
	run -0 claims fr 'Les enfants criaient dans la cour.'
	assert_output '[]'
	run -0 claims en 'The children cried when the lights went out.'
	assert_output '[]'
}

@test "extract-claims: an opening preposition before people named by what they are (Pour les experts, …) attributes (French only)" {
	run -0 claims fr 'Pour les critiques, la loi va pénaliser les petites entreprises.'
	assert_output '[["assertion","les critiques","Pour","la loi va pénaliser les petites entreprises"]]'
	run -0 claims fr 'Pour les experts interrogés, la crise va durer.'
	assert_output '[["assertion","les experts interrogés","Pour","la crise va durer"]]'
	# and a body that speaks for people, with its noun's complement
	run -0 claims fr "Pour l'association de défense des locataires, la hausse des loyers est injustifiable."
	assert_output '[["assertion","l'"'"'association de défense des locataires","Pour","la hausse des loyers est injustifiable"]]'
	run -0 claims fr "Pour l'ONG, « ce rapport confirme nos craintes »."
	assert_output '[["assertion","l'"'"'ONG","Pour","ce rapport confirme nos craintes"]]'
	# whom a measure is for, or a time, is no one who speaks
	run -0 claims fr 'Pour les enfants, la rentrée aura lieu lundi.'
	assert_output '[]'
	run -0 claims fr 'Pour la première fois, la loi a été votée.'
	assert_output '[]'
}

@test "extract-claims: an opening preposition before an office and its noun's complement, a name in apposition after it, attributes (French only)" {
	run -0 claims fr 'Pour la ministre, la réforme est juste.'
	assert_output '[["assertion","la ministre","Pour","la réforme est juste"]]'
	run -0 claims_tagged fr "Pour la présidente du groupe écologiste au conseil régional, Lise Marchand, « la région a trop attendu »." '[.source.text, .content.text]'
	assert_output '[["la présidente du groupe écologiste au conseil régional","la région a trop attendu"]]'
}

@test "extract-claims: hinting is saying (laisser entendre, hint), in both languages; laisser alone is not" {
	run -0 claims fr "Le président a laissé entendre qu'il pourrait se représenter."
	assert_output '[["assertion","Le président","a laissé entendre","il pourrait se représenter"]]'
	run -0 claims en 'The president hinted that he might run again.'
	assert_output '[["assertion","The president","hinted","he might run again"]]'
	run -0 claims fr 'Il a laissé sa voiture devant la mairie.'
	assert_output '[]'
	run -0 claims en 'She gave no hint of her plans.'
	assert_output '[]'
}

@test "extract-claims: CONTENT, then a subject of two noun phrases joined by and or et before the cue: both speak" {
	run -0 claims en 'Support is strong among young teachers, teachers and union officials told reporters.'
	assert_output '[["report","teachers and union officials","told","Support is strong among young teachers"]]'
	run -0 claims fr 'Le soutien est fort parmi les jeunes enseignants, des enseignants et des responsables syndicaux ont déclaré.'
	assert_output '[["assertion","des enseignants et des responsables syndicaux","ont déclaré","Le soutien est fort parmi les jeunes enseignants"]]'
	# a clause before the coordinator is no subject
	run -0 claims en 'The plan failed, the mayor resigned and officials said the plan was dead.'
	assert_output '[["report","officials","said","the plan was dead"]]'
}

@test "extract-claims --explain: a question put is other, or an accusation where it blames, in both languages; asking someone to act stays a demand" {
	run why_tagged fr 'Le député a demandé si le ministre allait démissionner.'
	assert_output '[["other","question","si"]]'
	run why_tagged en 'The senator asked whether the minister would resign.'
	assert_output '[["other","question","whether"]]'
	run why_tagged fr '« Pourquoi pas ? », a demandé le maire.'
	assert_output '[["other","question","Pourquoi"]]'
	run why_tagged en '"Why is he still here?" the senator asked.'
	assert_output '[["other","question","Why"]]'
	# a direct question under a cue that is not one of asking
	run why_tagged en '"Who will pay for the new bridge?" the senator said.'
	assert_output '[["other","question","?"]]'
	# a question that blames insinuates
	run why_tagged fr '« N’est-ce pas un scandale ? », a demandé la députée.'
	assert_output '[["accusation","blame","scandale"]]'
	run why_tagged en '"Is this not a scandal?" the senator asked.'
	assert_output '[["accusation","blame","scandal"]]'
	run why_tagged fr 'Le syndicat a demandé au gouvernement de retirer la réforme.'
	assert_output '[["demand","cue","demandé"]]'
	run why_tagged en 'The union asked the government to withdraw the reform.'
	assert_output '[["demand","cue","asked"]]'
}

@test "extract-claims: a verb of gesture ends the subject before a coordinated cue (Mrs. Clinton shook her head and said); French puts an auxiliary there" {
	run -0 claims_tagged en 'Mrs. Clinton shook her head and said, "No."' '[.source.text, .cue.text, .content.text]'
	assert_output '[["Mrs. Clinton","said","No."]]'
	run -0 claims_tagged en 'The senator paused and added that the bill was dead.' '[.source.text, .cue.text, .content.text]'
	assert_output '[["The senator","added","the bill was dead"]]'
	run -0 claims_tagged fr 'Mme Dupont a secoué la tête et a dit : « Non. »' '[.source.text, .cue.text, .content.text]'
	assert_output '[["Mme Dupont","a dit","Non."]]'
}

@test "extract-claims: a tag's name in markup left in the text (<tweet …>, </tweet>) is no cue (English; French tags are English words)" {
	run -0 claims en 'The candidate posted: <tweet author="X">We will win</tweet> and supporters cheered.'
	assert_output '[]'
	# the word in the text still is one
	run -0 claims en 'The candidate tweeted that they would win.'
	assert_output '[["assertion","The candidate","tweeted","they would win"]]'
}

@test "extract-claims: the reporter's frame of a question put (when asked whether, interrogé sur) ends the content and makes no claim, in both languages" {
	run -0 claims en 'The senator said the bill was dead when asked whether he would run.'
	assert_output '[["assertion","The senator","said","the bill was dead"]]'
	run -0 claims en 'When asked whether he would run, the senator said the bill was dead.'
	assert_output '[["assertion","the senator","said","the bill was dead"]]'
	run -0 claims fr 'Le sénateur a dit que le texte était mort, interrogé sur le vote.'
	assert_output '[["assertion","Le sénateur","a dit","le texte était mort"]]'
	# a question the source puts stays one
	run -0 claims en 'The reporter asked whether he would run.'
	assert_output '[["other","The reporter","asked","whether he would run"]]'
}

@test "extract-claims: after a word that counts more than one (several, 30, plusieurs, trois), a cue's plural form is its noun, in both languages" {
	run -0 claims en 'The governor toured several states: Ohio, Iowa and Texas.'
	assert_output '[]'
	run -0 claims en 'The agency published 30 reports: most of them on fraud.'
	assert_output '[]'
	# a number that labels what it follows is no count, and a plural
	# subject still speaks
	run -0 claims en 'Article 5 states that members defend each other.'
	assert_output '[["assertion","Article 5","states","members defend each other"]]'
	run -0 claims en 'Many say the plan will fail.'
	assert_output '[["assertion","Many","say","the plan will fail"]]'
	run -0 claims fr 'Le gouvernement a fait plusieurs annonces : la fin du couvre-feu et la réouverture des écoles.'
	assert_output '[]'
	run -0 claims fr 'Le ministre a reçu trois critiques : le coût, le délai et la méthode.'
	assert_output '[]'
}

@test "extract-claims: after in, on, from, a cue's form is a noun in English (in states that, from remarks); a capital inside the sentence is a name" {
	run -0 claims en 'The campaign spent heavily in states that Clinton won.'
	assert_output '[]'
	run -0 claims en 'Miners are still angry about the cuts and from remarks the senator made.'
	assert_output '[]'
	run -0 claims en 'Later, From said the party had changed.'
	assert_output '[["assertion","From","said","the party had changed"]]'
}

@test "extract-claims: a name in markup or code left in the text (an attribute's, an identifier's part: tweet_id, say=) is no cue, in both languages" {
	run -0 claims en 'The senator posted <tweet author="X" tweet_id="1">We will win.</tweet> Supporters cheered.'
	assert_output '[]'
	run -0 claims en 'The page read <div say="yes">Vote now</div> and nothing else.'
	assert_output '[]'
	run -0 claims fr 'Le site affiche <div annonce_id="3">Votez maintenant</div> et rien d’autre.'
	assert_output '[]'
}

@test "extract-claims: a word that counts, or a plural noun, opens a subject after the content as a determiner does (one senior official said, plusieurs hauts responsables ont confirmé)" {
	run -0 claims en 'The deal is done, one senior official said.'
	assert_output '[["report","one senior official","said","The deal is done"]]'
	run -0 claims en 'The deal is done, several senior officials said.'
	assert_output '[["report","several senior officials","said","The deal is done"]]'
	run -0 claims en 'The deal is done, analysts at the bank said.'
	assert_output '[["assertion","analysts at the bank","said","The deal is done"]]'
	run -0 claims fr 'L’accord est conclu, plusieurs hauts responsables du parti ont confirmé.'
	assert_output '[["report","plusieurs hauts responsables du parti","ont confirmé","L’accord est conclu"]]'
	run -0 claims fr 'L’accord est conclu, chaque ministre concerné a confirmé.'
	assert_output '[["report","chaque ministre concerné","a confirmé","L’accord est conclu"]]'
}

@test "extract-claims: a claim in a subordinate clause that opens the sentence ends at its comma, its conjunction no part of the source (Although the minister said…, critics…; Bien que le ministre ait affirmé…)" {
	run -0 claims en 'Although the minister said the plan was sound, critics remain doubtful.'
	assert_output '[["assertion","the minister","said","the plan was sound"]]'
	run -0 claims en 'Because the mayor said the road was safe, the council reopened it.'
	assert_output '[["assertion","the mayor","said","the road was safe"]]'
	run -0 claims fr 'Bien que le ministre ait affirmé que le plan était solide, les critiques restent sceptiques.'
	assert_output '[["assertion","le ministre","ait affirmé","le plan était solide"]]'
	run -0 claims fr 'Parce que le maire a dit que la route était sûre, le conseil l’a rouverte.'
	assert_output '[["assertion","le maire","a dit","la route était sûre"]]'
	# after a comma, such a clause is a claim of its own; at a
	# content's start it is part of it
	run -0 claims en 'Rivals called his record a fair target, though Mrs. Smith said she doubted voters would care.'
	assert_output '[["assertion","Rivals","called","his record a fair target"],["assertion","Mrs. Smith","said","she doubted voters would care"]]'
	run -0 claims en 'Party officials say that, even if they thought it was close, the count was fair.'
	assert_output '[["report","Party officials","say","even if they thought it was close, the count was fair"]]'
}

@test "extract-claims: a quotation right before a cue, after a complementizer, is its clause's subject, no content (que « beaucoup de dossiers » ont avancé), in both languages" {
	run -0 claims fr 'Il s’est réjoui que « beaucoup de dossiers » ont avancé lors de sa visite.'
	assert_output '[["assertion","Il","s’est réjoui","« beaucoup de dossiers » ont avancé lors de sa visite"]]'
	run -0 claims en 'He noted that "some officials" announced new rules during the visit.'
	assert_output '[["assertion","He","noted","\"some officials\" announced new rules during the visit"]]'
}

@test "extract-claims: a claim in a relative with no comma before it is nested in the content it stands in, which goes on over it (supporters who have suggested…, les militants qui ont demandé…)" {
	run -0 claims en 'The senator said he had met the voters who demanded a recount in March.' '.content.text'
	assert_output '["he had met the voters who demanded a recount in March","a recount in March"]'
	run -0 claims fr 'Le maire a dit qu’il avait reçu les habitants qui ont demandé une enquête.' '.content.text'
	assert_output '["il avait reçu les habitants qui ont demandé une enquête","une enquête"]'
	# set off by a comma, the relative still starts a claim of its own
	run -0 claims en 'The senator said he had met the mayor, who demanded a recount.' '.content.text'
	assert_output '["he had met the mayor","a recount"]'
}

@test "extract-claims: call on X to… is a demand (English; French appeler X à… was one), and a form's cues that need words after them are tried in turn (call for, call on, call X Y)" {
	run -0 claims en 'The senator called on the governor to resign.'
	assert_output '[["demand","The senator","called on","the governor to resign"]]'
	run -0 claims en 'The union called for a strike.'
	assert_output '[["demand","The union","called for","a strike"]]'
	run -0 claims en 'He called the plan a disaster.'
	assert_output '[["assertion","He","called","the plan a disaster"]]'
	run -0 claims en 'In a conference call with reporters on Monday, the colonel said raids would go on.'
	assert_output '[["assertion","the colonel","said","raids would go on"]]'
	run -0 claims fr 'Le sénateur a appelé le gouverneur à démissionner.'
	assert_output '[["demand","Le sénateur","a appelé","le gouverneur à démissionner"]]'
}

@test "extract-claims: the subject of a cue in a subordinate clause inside the sentence follows its conjunction (days after Trump told…, après que le ministre a affirmé…)" {
	run -0 claims en 'The vote comes three days after the senator told reporters he was not ready.' '.source.text'
	assert_output '["the senator"]'
	run -0 claims en 'Boos rained down when the candidate mentioned the former secretary of state.' '.source.text'
	assert_output '["the candidate"]'
	run -0 claims fr 'Le texte a été adopté trois jours après que le ministre a affirmé qu’il était prêt.' '.source.text'
	assert_output '["le ministre"]'
}

@test "extract-claims: a cue's object may be a name of several words (told The New York Times) or hold an adverb, before the quotation after its comma (told the agency simply, \"…\")" {
	run -0 claims en 'The pilot was kind, an airport official told The New York Times.'
	assert_output '[["report","an airport official","told","The pilot was kind"]]'
	run -0 claims en 'The chairman told the news agency simply, "We lost."'
	assert_output '[["assertion","The chairman","told","We lost."]]'
	# a quotation the cue splits stays one; a question word after the
	# time says what was told
	run -0 claims en '"It was hard," he told the host, "to work there."' '.content.text'
	assert_output '["It was hard"]'
	run -0 claims en 'In a speech, the senator told the Chamber of Commerce on Thursday how the plan would work.' '.content.text'
	assert_output '["the Chamber of Commerce on Thursday how the plan would work"]'
	run -0 claims fr 'Le pilote était aimable, a confié un responsable de l’aéroport au New York Times.'
	assert_output '[["assertion","un responsable de l’aéroport","a confié","Le pilote était aimable"]]'
}

@test "extract-claims: an opening phrase of place or time may name a medium before a subject and its apposition (On CNN Tuesday, his wife, Jane, called for…; Sur France Inter mardi, le ministre, …)" {
	run -0 claims_tagged en 'On CNN Tuesday, his wife, Jane, called for an open primary process.' '[.source.text, .cue.text, .content.text]'
	assert_output '[["his wife","called for","an open primary process"]]'
	run -0 claims_tagged en 'In an interview with NBC News, the governor, a Republican, demanded a recount.' '[.source.text, .cue.text, .content.text]'
	assert_output '[["the governor","demanded","a recount"]]'
	run -0 claims_tagged fr 'Sur France Inter mardi, le ministre, Jean Dupont, a réclamé une primaire ouverte.' '[.source.text, .cue.text, .content.text]'
	assert_output '[["le ministre","a réclamé","une primaire ouverte"]]'
}

@test "extract-claims: a participle's source, the sentence's subject, ends before a verb in the past after its noun (Her aides mocked…, saying; Les habitants en colère bloquaient…, affirmant), a possessive before its noun is no pronoun" {
	run -0 claims en 'Her aides mocked the campaign, saying it was a farce.' '.source.text'
	assert_output '["Her aides"]'
	run -0 claims en 'Her liberal friends have mocked the campaign, calling it a farce.' '.source.text'
	assert_output '["Her liberal friends"]'
	run -0 claims en 'The embattled senator mocked the campaign, saying it was a farce.' '.source.text'
	assert_output '["The embattled senator"]'
	run -0 claims fr 'Les habitants en colère bloquaient la route, affirmant qu’elle était dangereuse.' '.source.text'
	assert_output '["Les habitants en colère"]'
}

@test "extract-claims: a content whose subject has an aside is no subject with appositions before an inverted cue (The plan, announced Monday, will fail, said X; Le plan, annoncé lundi, va échouer, a dit X)" {
	run -0 claims_tagged en 'The plan, announced Monday, will fail, said Larry Sabato.' '[.source.text, .cue.text, .content.text]'
	assert_output '[["Larry Sabato","said","The plan, announced Monday, will fail"]]'
	run -0 claims_tagged en 'The plan, which was announced Monday, will fail, said Larry Sabato.' '[.source.text, .cue.text, .content.text]'
	assert_output '[["Larry Sabato","said","The plan, which was announced Monday, will fail"]]'
	run -0 claims_tagged fr 'Le plan, annoncé lundi, va échouer, a dit Jean Dupont, un économiste.' '[.source.text, .cue.text, .content.text]'
	assert_output '[["Jean Dupont","a dit","Le plan, annoncé lundi, va échouer"]]'
	# an apposition may hold a relative's verb
	run -0 claims_tagged en 'Jane Smith, a friend who was her chief of staff, said the plan would fail.' '[.source.text, .cue.text, .content.text]'
	assert_output '[["Jane Smith","said","the plan would fail"]]'
}

@test "extract-claims: an aside that opens with a verb, no participle, is the content's predicate before an inverted cue and the source after it (Le plan, présenté lundi, coûtera cher, a estimé le syndicat; The plan, unveiled Monday, costs too much, said the union)" {
	run -0 claims fr 'Le projet, présenté mardi, coûtera trop cher, a estimé le syndicat.' '[.source.text, .cue.text, .content.text]'
	assert_output '[["le syndicat","a estimé","Le projet, présenté mardi, coûtera trop cher"]]'
	run -0 claims fr 'Les nouvelles règles, que la mairie défend, arriveront trop tard, ont affirmé les commerçants.' '[.source.text, .cue.text, .content.text]'
	assert_output '[["les commerçants","ont affirmé","Les nouvelles règles, que la mairie défend, arriveront trop tard"]]'
	run -0 claims fr 'Le texte, adopté en commission, ne règlerait rien, a jugé la CGT.' '[.source.text, .cue.text, .content.text]'
	assert_output '[["la CGT","a jugé","Le texte, adopté en commission, ne règlerait rien"]]'
	run -0 claims en 'The bill, passed by the House on Friday, costs far too much, said the governor.' '[.source.text, .cue.text, .content.text]'
	assert_output '[["the governor","said","The bill, passed by the House on Friday, costs far too much"]]'
	# an apposition opens with a name, a determiner or a participle; a
	# cue whose content may be a noun phrase keeps its subject
	run -0 claims fr 'Le maire, M. Durand, a affirmé le contraire de son adjoint.' '[.source.text, .cue.text]'
	assert_output '[["Le maire","a affirmé"]]'
	run -0 claims fr 'La présidente, visiblement agacée, a dénoncé une provocation.' '[.source.text, .cue.text, .content.text]'
	assert_output '[["La présidente","a dénoncé","une provocation"]]'
}

@test "extract-claims: a content the cue interrupts opens with its own clause, after a coordinator that follows a comma or a dash (…, and the permit, his campaign said, had been…; …, et le permis, a précisé son équipe, a été…)" {
	run -0 claims en 'The rally was moved, and the permit, his campaign said, had been hard to get.' '.content.text'
	assert_output '["the permit, his campaign said, had been hard to get"]'
	run -0 claims en 'He had a rally that night - and the permit, his campaign said, had been hard to get.' '.content.text'
	assert_output '["the permit, his campaign said, had been hard to get"]'
	run -0 claims fr 'Le meeting a été déplacé, et le permis, a précisé son équipe, a été difficile à obtenir.' '.content.text'
	assert_output '["le permis, a précisé son équipe, a été difficile à obtenir"]'
}

@test "extract-claims: a quotation a participle in an aside says, its comma inside the marks, is no content of the cue after it (Mr. X, citing \"…,\" said the candidate…); French puts the comma outside" {
	run -0 claims en 'Mr. Manafort, citing "the magic of Trump," said the candidate could win.' '[.source.text, .cue.text, .content.text]'
	assert_output '[["Mr. Manafort","citing","the magic of Trump,"],["Mr. Manafort","said","the candidate could win"]]'
	run -0 claims en 'The senator, calling the plan "a disaster," said he would vote no.' '[.source.text, .cue.text]'
	assert_output '[["The senator","calling"],["The senator","said"]]'
	run -0 claims fr 'M. Dupont, citant « la magie du candidat », a dit que le candidat pouvait gagner.' '[.source.text, .cue.text, .content.text]'
	assert_output '[["M. Dupont","citant","la magie du candidat"],["M. Dupont","a dit","le candidat pouvait gagner"]]'
}

@test "extract-claims: the reporter's hedges: periphrases of hearsay (is understood to, is rumored to), adverbs (soi-disant, visiblement), and a preposition's source that is no one, a distancing noun (according to unconfirmed reports, selon des rumeurs)" {
	run -0 claims en 'The minister is understood to have told aides that the plan was dead.' '[.cue.text, .hedged]'
	assert_output '[["is understood to have told",true]]'
	run -0 claims en 'The minister is rumored to have told aides that the plan was dead.' '[.cue.text, .hedged]'
	assert_output '[["is rumored to have told",true]]'
	run -0 claims en 'According to unconfirmed reports, the minister resigned.' '.hedged'
	assert_output '[true]'
	run -0 claims en 'According to fundraising reports, the campaign raised $5 million.' '.hedged'
	assert_output '[false]'
	run -0 claims fr 'Le ministre a soi-disant affirmé que le plan était mort.' '[.cue.text, .hedged]'
	assert_output '[["a soi-disant affirmé",true]]'
	run -0 claims fr 'Le ministre a visiblement affirmé que le plan était mort.' '[.cue.text, .hedged]'
	assert_output '[["a visiblement affirmé",true]]'
	# a parenthetical of hearsay (semble-t-il, paraît-il) in the cue
	run -0 claims fr 'Le ministre a, semble-t-il, affirmé que le plan était mort.' '[.cue.text, .hedged]'
	assert_output '[["a, semble-t-il, affirmé",true]]'
	run -0 claims fr 'Le plan est mort, a, paraît-il, confié le ministre.' '[.cue.text, .hedged]'
	assert_output '[["a, paraît-il, confié",true]]'
	# an aside of hearsay between the source and its cue (English)
	run -0 claims en 'The minister, it seems, told aides that the plan was dead.' '[.source.text, .hedged]'
	assert_output '[["The minister",true]]'
	run -0 claims en '"The plan is dead," the minister, it appears, told aides.' '[.source.text, .hedged]'
	assert_output '[["the minister",true]]'
	run -0 claims en 'The minister told aides it seems unlikely that the plan survives.' '.hedged'
	assert_output '[false]'
}

@test "extract-claims: a conditional in a content before its past cue agrees with nothing: the reporter's hedge (La police aurait…, a indiqué une source)" {
	# French only: English has no journalistic conditional
	run -0 claims fr "Les enquêteurs auraient saisi des documents, a indiqué une source proche du dossier." '[.content.text, .hedged]'
	assert_output '[["Les enquêteurs auraient saisi des documents",true]]'
	# after the cue, the tense's agreement
	run -0 claims fr "Une source a indiqué que les enquêteurs saisiraient des documents." '[.hedged]'
	assert_output '[[false]]'
}

@test "extract-claims: a participle hedge is its subject's, no part of the cue's group (l'opposant présumé a affirmé); an adverb is the reporter's (a prétendument affirmé)" {
	run -0 claims fr "Le meurtrier présumé a affirmé qu'il était à Lyon." '[.source.text, .cue.text, .hedged]'
	assert_output '[["Le meurtrier présumé","a affirmé",false]]'
	run -0 claims fr "Le ministre a prétendument affirmé que le plan était prêt." '[.cue.text, .hedged]'
	assert_output '[["a prétendument affirmé",true]]'
	run -0 claims en "The alleged attacker told police he was in Lyon." '[.source.text, .cue.text, .hedged]'
	assert_output '[["The alleged attacker","told",false]]'
}

@test "extract-claims: a hedge word in the speaker's own quotation is no reporter's hedge" {
	run -0 claims fr '« Le plan est apparemment mort », a dit le ministre.' '.hedged'
	assert_output '[false]'
	run -0 claims en '"The plan is apparently dead," the minister said.' '.hedged'
	assert_output '[false]'
	run -0 claims fr 'Le ministre a dit que le plan était apparemment mort.' '.hedged'
	assert_output '[true]'
	run -0 claims en 'The minister said the plan was apparently dead.' '.hedged'
	assert_output '[true]'
	run -0 claims fr 'Selon des rumeurs, le ministre a démissionné.' '.hedged'
	assert_output '[true]'
	run -0 claims fr 'Selon la police, le suspect a été arrêté.' '.hedged'
	assert_output '[false]'
}

@test "extract-claims: a phrase that denies a wrong or a link by itself (nothing wrong, not true, nothing to do with, baseless; rien fait de mal, rien à se reprocher, pas vrai, rien à voir avec, infondé) makes a denial under any cue, in both languages" {
	run -0 claims en 'The senator said he had done nothing wrong.' '.kind'
	assert_output '["denial"]'
	run -0 claims en 'The senator said he did not do anything wrong.' '.kind'
	assert_output '["denial"]'
	run -0 claims fr 'Le ministre a assuré qu’il n’avait rien fait de mal.' '.kind'
	assert_output '["denial"]'
	run -0 claims fr '« Je n’ai rien à me reprocher », a déclaré le maire.' '.kind'
	assert_output '["denial"]'
	# what was said called untrue
	run -0 claims en '"But it is simply not true that we cut corners," he said.' '.kind'
	assert_output '["denial"]'
	run -0 claims fr '« Ce n’est pas vrai que nous avons sacrifié la sécurité », a-t-il dit.' '.kind'
	assert_output '["denial"]'
	# a link denied, a charge called groundless
	run -0 claims en 'The spokesman said the closure had nothing to do with the strike.' '.kind'
	assert_output '["denial"]'
	run -0 claims en 'The company said the allegations were baseless.' '.kind'
	assert_output '["denial"]'
	run -0 claims fr 'Le porte-parole a déclaré que la fermeture n’avait rien à voir avec la grève.' '.kind'
	assert_output '["denial"]'
	run -0 claims fr 'La société a affirmé que ces accusations étaient infondées.' '.kind'
	assert_output '["denial"]'
}

@test "extract-claims: a cue's words after it may be contracted with an article (appeler au calme, aux urnes); a social network is a medium (a annoncé sur Twitter la…, announced on Twitter the…); under, sous end a source after the cue" {
	run -0 claims fr 'Le Premier ministre a de nouveau appelé au calme.' '[.kind, .cue.text, .content.text]'
	assert_output '[["demand","a de nouveau appelé au","calme"]]'
	run -0 claims fr 'Le ministre a annoncé sur Twitter la dissolution du groupe.' '.content.text'
	assert_output '["la dissolution du groupe"]'
	run -0 claims en 'The minister announced on Twitter the dissolution of the group.' '.content.text'
	assert_output '["the dissolution of the group"]'
	run -0 claims fr '« La situation est grave », a résumé un diplomate européen sous couvert d’anonymat.' '.source.text'
	assert_output '["un diplomate européen"]'
	run -0 claims en '"The situation is grave," said a European diplomat under condition of anonymity.' '.source.text'
	assert_output '["a European diplomat"]'
}

@test "extract-claims: the sentence's subject a participle shares starts after the phrases that open the sentence with a preposition, an adverb or a date and a comma (In a letter to colleagues, Sanders…, arguing; Mardi soir, le président…, affirmant)" {
	run -0 claims en 'In a letter to Senate colleagues, Sanders pushed the party to act, arguing that the rules were unfair.' '.source.text'
	assert_output '["Sanders"]'
	run -0 claims fr 'Dans une lettre aux sénateurs, le président a défendu le projet, affirmant qu’il était juste.' '.source.text'
	assert_output '["le président"]'
	# a date is one where tag-entities has found it
	run -0 claims_tagged fr 'Mardi soir, le président a défendu le projet, affirmant qu’il était juste.' '.source.text'
	assert_output '["le président"]'
}

@test "extract-claims: after a cue whose inverted pronoun is no one (indique-t-on, dit-on), who speaks follows (de source proche du dossier, à l'Élysée); French alone inverts one" {
	run -0 claims fr 'Le suspect a été relâché, indique-t-on de source proche du dossier.' '[.source.text, .cue.text, .content.text]'
	assert_output '[["source proche du dossier","indique-t-on","Le suspect a été relâché"]]'
	run -0 claims_tagged fr 'Le suspect a été relâché, explique-t-on lundi dans l’entourage du ministre.' '.source.text'
	assert_output '["l’entourage du ministre"]'
	run -0 claims fr '« Nous verrons », dit-on à l’Élysée.' '.source.text'
	assert_output '["l’Élysée"]'
	# with nothing after it, the pronoun stays the source
	run -0 claims fr 'Le suspect a été relâché, indique-t-on.' '.source.text'
	assert_output '["on"]'
	# apprendre reports only so (a-t-on appris), not il a appris que
	run -0 claims fr 'Le parquet a ouvert une enquête, a-t-on appris de source judiciaire.' '[.kind, .source.text, .cue.text, .content.text]'
	assert_output '[["report","source judiciaire","a-t-on appris","Le parquet a ouvert une enquête"]]'
	run -0 claims fr 'Il a appris que sa mère était malade.'
	assert_output '[]'
}

@test "extract-claims: the subject two coordinated cues share ends before an object pronoun of the first verb (Le maire en a parlé et a dit…); French alone puts one before its verb" {
	run -0 claims fr 'Le maire en a parlé et a dit que le chantier serait repoussé.' '[.source.text, .cue.text]'
	assert_output '[["Le maire","a dit"]]'
	run -0 claims fr 'La ministre lui a répondu et a affirmé que la taxe serait supprimée.' '[.source.text, .cue.text]'
	assert_output '[["La ministre","a affirmé"]]'
}

@test "extract-claims: a cue whose object is a pronoun standing for what was said before (referring_objects: l'a confirmé, confirmed it) has no content after it, in both languages" {
	run -0 claims fr "La porte-parole l'a confirmé et a ajouté que le texte serait retiré." '[.source.text, .cue.text, .content.text]'
	assert_output '[["La porte-parole","a ajouté","le texte serait retiré"]]'
	run -0 claims fr "Le directeur l'a confirmé mardi."
	assert_output '[]'
	run -0 claims en 'The spokeswoman confirmed it and added that the bill would be withdrawn.' '[.source.text, .cue.text, .content.text]'
	assert_output '[["The spokeswoman","added","the bill would be withdrawn"]]'
	run -0 claims en 'The director confirmed it.'
	assert_output '[]'
	# a pronoun of whom the cue speaks to, a preposition after it
	run -0 claims fr "Le président l'a menacé de sanctions." '[.cue.text, .content.text]'
	assert_output '[["l'"'"'a menacé","de sanctions"]]'
	# a subject pronoun opening a clause without its that
	run -0 claims en 'He said it was over.' '.content.text'
	assert_output '["it was over"]'
}

@test "extract-claims: a hyphen glued to the words either side joins them (2002-2004, 52-year-old), an aside's dash sets off, in both languages" {
	run -0 claims fr "Le chômage a reculé par rapport à 2002-2004, selon l'Insee." '.content.text'
	assert_output '["Le chômage a reculé par rapport à 2002-2004"]'
	run -0 claims en 'Unemployment fell compared with 2002-2004, according to the agency.' '.content.text'
	assert_output '["Unemployment fell compared with 2002-2004"]'
	run -0 claims en 'The 52-year-old said that the plan was dead.' '.source.text'
	assert_output '["The 52-year-old"]'
	# English glues an aside's dashes too
	run -0 claims en 'The senator—a former judge—said that the bill was dead.' '.source.text'
	assert_output '["The senator"]'
}

@test "extract-claims: a first-group verb's second person (tu menaces), written as its noun's plural (les insultes et menaces racistes), is no cue; French alone writes them alike, English's -s being the verb's own third person" {
	run -0 claims fr 'Selon la police, les insultes et menaces racistes ont doublé en un an.' '[.cue.text, .content.text]'
	assert_output '[["Selon","les insultes et menaces racistes ont doublé en un an"]]'
	run -0 claims fr 'Le syndicat menace de faire grève.' '[.kind, .cue.text]'
	assert_output '[["warning","menace"]]'
}

@test "extract-claims: a subject relative's antecedent runs through a link that is an article too (le ministre du redressement productif, qui…), which is the phrase's own article where no determiner comes before it (a reçu des élus, qui…); English's of is no article" {
	run -0 claims fr 'Il a parlé avec le ministre du commerce extérieur, qui a déclaré que le plan était mauvais.' '.source.text'
	assert_output '["le ministre du commerce extérieur"]'
	run -0 claims fr 'Elle a vu la ministre des affaires sociales, qui a déclaré que le plan était mauvais.' '.source.text'
	assert_output '["la ministre des affaires sociales"]'
	run -0 claims fr 'Il a reçu des élus, qui ont déclaré que le plan était mauvais.' '.source.text'
	assert_output '["des élus"]'
	run -0 claims en 'He met the minister of foreign trade, who said the plan was bad.' '.source.text'
	assert_output '["the minister of foreign trade"]'
}

@test "extract-claims: after a preposition's named person and its comma, a title that opens with a possessive (son secrétaire général, its general secretary) up to a comma or colon is no content, a phrase that opens with a preposition is (avec un tel budget), in both languages" {
	run -0 claims_tagged fr "Pour Jean Dupont, son secrétaire général : « C'est un moment décisif pour le pays »." '.content.text'
	assert_output '["C'"'"'est un moment décisif pour le pays"]'
	run -0 claims_tagged en 'According to John Smith, its general secretary, the government must act.' '.content.text'
	assert_output '["the government must act"]'
	run -0 claims_tagged fr 'Selon Jean Dupont, avec un tel budget, le projet échouera.' '.content.text'
	assert_output '["avec un tel budget, le projet échouera"]'
	run -0 claims_tagged en 'According to John Smith, with such a budget, the plan will fail.' '.content.text'
	assert_output '["with such a budget, the plan will fail"]'
	# a possessive that opens the content's clause, its verb there
	run -0 claims_tagged fr 'Selon Jean Dupont, son projet est mort.' '.content.text'
	assert_output '["son projet est mort"]'
}

@test "extract-claims: the subject a second cue shares starts after an adverb phrase that opens the sentence and its comma (adverb_phrases: Plus tard, Pour sa part,), in both languages" {
	run -0 claims_tagged fr "Plus tard, Claude Dupont, président de l'Assemblée, a fait voter le texte et a déclaré que la séance était levée." '.source.text'
	assert_output '["Claude Dupont"]'
	run -0 claims_tagged en 'Later, John Smith, the speaker, called the vote and said the session was over.' '.source.text'
	assert_output '["John Smith"]'
}

@test "extract-claims: the subject before two asides may be a longer noun phrase, opened by a determiner, with no word in the past (L'ancienne porte-parole de la mission, Anne Roy, aujourd'hui professeure…, a indiqué), in both languages" {
	run -0 claims_tagged fr "L'ancienne porte-parole de la mission, Anne Roy, aujourd'hui professeure à l'université de Lyon, a indiqué que les exécutions étaient courantes." '.source.text'
	assert_output '["L'"'"'ancienne porte-parole de la mission"]'
	run -0 claims_tagged en 'The former spokesman of the mission, Tim Gold, now a professor at the university, said the killings were common.' '.source.text'
	assert_output '["The former spokesman of the mission"]'
}

@test "extract-claims: a noun phrase holding a quotation after a cue of blame is the source's evaluation, a claim; the noun phrase alone names, and is none in French" {
	run -0 claims fr "Les maires ont vivement critiqué un budget « insincère »." '[.kind, .content.text]'
	assert_output '[["accusation","un budget « insincère »"]]'
	run -0 claims fr "Les maires ont critiqué le gouvernement." '[.kind]'
	assert_output '[]'
	run -0 claims fr "La directrice a rappelé les « règles » du marché." '[.kind]'
	assert_output '[]'
	run -0 claims en 'The mayors criticized a "reckless" budget.' '[.kind, .content.text]'
	assert_output '[["accusation","a \"reckless\" budget"]]'
}

@test "extract-claims: a passive in the infinitive is no event told: the claim stays a position, in both languages; a finite passive reports" {
	run -0 claims en '"We are not going to be bullied," said Elena Ruiz.' '[.kind]'
	assert_output '[["assertion"]]'
	run -0 claims fr "« Nous ne voulons pas être humiliés », a déclaré la maire." '[.kind]'
	assert_output '[["assertion"]]'
	run -0 claims en '"Three men were arrested," said Elena Ruiz.' '[.kind]'
	assert_output '[["report"]]'
}

@test "extract-claims: être after a reflexive pronoun is the perfect's auxiliary, no passive: no event told (la situation s'est dégradée)" {
	# French only: English has no such perfect
	run -0 claims fr "La maire estime que le climat social s'est dégradé." '[.kind]'
	assert_output '[["assertion"]]'
	run -0 claims fr "La maire estime que deux agents ont été blessés." '[.kind]'
	assert_output '[["report"]]'
}

@test "extract-claims: a cue coordinated after a passive's participle shares its auxiliary before an infinitive: no source; a past form that is the subject's next verb keeps it" {
	run -0 claims en 'Thousands of clerks would be furloughed or asked to work without pay.' '[.source.text, .cue.text]'
	assert_output '[[null,"asked"]]'
	run -0 claims en 'The driver was arrested and told reporters he was innocent.' '[.source.text, .content.text]'
	assert_output '[["The driver","he was innocent"]]'
}

@test "extract-claims: that or que right after the noun phrase a cue takes opens a relative on it, the noun phrase the content; not after a noun whose clause is its content, nor after a time, in both languages" {
	run -0 claims en 'The mayor blamed the storm that flooded the harbour.' '[.content.text]'
	assert_output '[["the storm that flooded the harbour"]]'
	run -0 claims fr "Le maire a dénoncé la réforme que le gouvernement a imposée." '[.content.text]'
	assert_output '[["la réforme que le gouvernement a imposée"]]'
	run -0 claims en 'The senator rejected the idea that taxes would rise.' '[.content.text]'
	assert_output '[["taxes would rise"]]'
	run -0 claims fr "La préfecture a annoncé la semaine dernière qu'elle fermerait le pont." '[.content.text]'
	assert_output '[["elle fermerait le pont"]]'
	run -0 claims fr "Le ministre a rappelé aux élus que la loi s'applique." '[.content.text]'
	assert_output '[["la loi s'"'"'applique"]]'
}

@test "extract-claims: a source's span starts after an incise's conjunction inside it, as after a subordinator (… as analysts said, … comme la direction a prévenu), in both languages" {
	run -0 claims en 'Shares slid as analysts said the outlook was weak.' '[.source.text, .content.text]'
	assert_output '[["analysts","the outlook was weak"]]'
	run -0 claims fr "Les prix montent comme la direction a prévenu qu'ils monteraient encore." '[.source.text, .content.text]'
	assert_output '[["la direction","ils monteraient encore"]]'
}

@test "extract-claims: a content keeps the bracket that closes an aside in it, in both languages" {
	run -0 claims fr "Le chômage a reculé à 7,1 % en France (hors Mayotte), a indiqué l'Insee." '[.content.text]'
	assert_output '[["Le chômage a reculé à 7,1 % en France (hors Mayotte)"]]'
	run -0 claims en "Unemployment fell to 4.1% (seasonally adjusted), the bureau said." '[.content.text]'
	assert_output '[["Unemployment fell to 4.1% (seasonally adjusted)"]]'
}

@test "extract-claims: where that drops, a preposition's phrase after a cue that takes no noun phrase is no content unless a clause or a quotation follows" {
	run -0 claims en 'The contractors testified against the former mayor on Tuesday.' '[.kind]'
	assert_output '[]'
	run -0 claims en 'The governor responded by closing the bridge.' '[.kind]'
	assert_output '[]'
	run -0 claims en 'The senator said for weeks he was the only candidate.' '[.kind]'
	assert_output '[["assertion"]]'
	run -0 claims en 'The union argued for years that the week was too long.' '[.content.text]'
	assert_output '[["the week was too long"]]'
}

@test "extract-claims: a date or a medium's phrase between a cue and its target is no part of the content, in both languages" {
	run -0 claims_tagged fr "Les autorités ont accusé mardi la Russie d'avoir visé des centrales." '[.content.text]'
	assert_output '[["la Russie d'"'"'avoir visé des centrales"]]'
	run -0 claims_tagged en "The ministry accused on Monday the rebels of shelling the town." '[.content.text]'
	assert_output '[["the rebels of shelling the town"]]'
}

@test "extract-claims: an adverb phrase of the lexicon's between a cue and a noun phrase or a quotation is no part of the content, in both languages" {
	run -0 claims fr "Le maire a annoncé pour sa part la fermeture de la piscine." '[.cue.text, .content.text]'
	assert_output '[["a annoncé","la fermeture de la piscine"]]'
	run -0 claims en "The ministry announced in turn a ban on imports." '[.cue.text, .content.text]'
	assert_output '[["announced","a ban on imports"]]'
}

@test "extract-claims: an adverb phrase of the lexicon's between a cue and its infinitive content is no part of it (a affirmé de son côté avoir…, French only: English infinitives follow their cue)" {
	run -0 claims fr "Le ministère a affirmé de son côté avoir frappé des sites militaires." '[.cue.text, .content.text]'
	assert_output '[["a affirmé","avoir frappé des sites militaires"]]'
	# a pronoun and its auxiliary after a preposition's phrase: a clause
	run -0 claims en "The ministry said on its side it had struck military sites." '[.kind]'
	assert_output '[["report"]]'
}

@test "extract-claims: a cue's form after a determiner or a medium's noun, neither past nor a participle, is a noun: the search for that goes on (told analysts on a conference call that…)" {
	run -0 claims en 'The chief executive told analysts on a conference call that supply would recover.' '[.content.text]'
	assert_output '[["supply would recover"]]'
	# a past form there is the verb of a clause of its own
	run -0 claims en 'Shares fell sharply as the Post reported that the deal had collapsed.' '[.source.text, .content.text]'
	assert_output '[["the Post","the deal had collapsed"]]'
}

@test "extract-claims: plaider pour is a demand, and a cue coordinated after a content ends it (French: English advocate is a noun as often)" {
	run -0 claims fr "Le patronat juge que le système n'est pas viable et plaide pour un allongement des cotisations." '[.kind, .cue.text, .content.text]'
	assert_output '[["assertion","juge","le système n'"'"'est pas viable"],["demand","plaide pour","un allongement des cotisations"]]'
}

@test "extract-claims: a preposition a cue takes after it opens its content, not where a time follows it (insisted on X; insisted on Monday that…)" {
	run -0 claims en 'The union insisted on a shorter week.' '[.cue.text, .content.text]'
	assert_output '[["insisted on","a shorter week"]]'
	run -0 claims_tagged en 'The union insisted on Monday that the week was too long.' '[.cue.text, .content.text]'
	assert_output '[["insisted","the week was too long"]]'
}

@test "extract-claims: a participle that says why its source denies or blames takes that kind (rejected the criticism, saying…; a démenti ces accusations, assurant…), unless its content tells one" {
	run -0 claims_tagged en "The water company denied the allegations, saying it had always met its targets." '[.kind, .content.text]'
	assert_output '[["denial","it had always met its targets"]]'
	run -0 claims_tagged fr "La société des eaux a démenti ces accusations, assurant avoir toujours tenu ses objectifs." '[.kind, .content.text]'
	assert_output '[["denial","avoir toujours tenu ses objectifs"]]'
	run -0 claims_tagged en "The tenants' union condemned the decision, saying it would push families out of the district." '[.kind]'
	assert_output '[["accusation"]]'
	# and the perfect before it makes its conditional the tense's
	# agreement, no hedge
	run -0 claims_tagged fr "Le syndicat des locataires a dénoncé cette hausse, estimant qu'elle chasserait les familles du quartier." '[.kind, .hedged]'
	assert_output '[["accusation",false]]'
	run -0 claims_tagged fr "Les locataires ont manifesté devant la mairie, estimant que la hausse chasserait les familles." '[.hedged]'
	assert_output '[[false]]'
	# the content's own kind wins: a demand in it
	run -0 claims_tagged en "The tenants' union condemned the decision, saying the council should freeze rents." '[.kind]'
	assert_output '[["demand"]]'
	# not negated, and no contrast after the comma
	run -0 claims_tagged en "The water company did not deny the report, saying only that talks were continuing." '[.kind]'
	assert_output '[["assertion"]]'
	run -0 claims_tagged en "The water company denied the allegations, while saying it would review its targets." '[.kind]'
	assert_output '[["assertion"]]'
	# a neutral verb before the participle gives nothing
	run -0 claims_tagged en "The water company published its accounts, saying it had met its targets." '[.kind]'
	assert_output '[["assertion"]]'
}

@test "extract-claims: a word that is an ending and one letter is no verb's form (c'est la mort: la is no past; is Ted: Ted is no participle), so no event told in the passive; a short participle the lexicon lists is one (was led, a été vu)" {
	run -0 claims_tagged fr "« Ce projet, c'est la fin de nos villages », a lancé Paul Arnaud." '[.kind]'
	assert_output '[["assertion"]]'
	run -0 claims_tagged en '"The only man who can win this is Ted Marsh," she said.' '[.kind]'
	assert_output '[["assertion"]]'
	run -0 claims_tagged en "The council said the inquiry was led by a retired judge." '[.kind]'
	assert_output '[["report"]]'
	run -0 claims_tagged fr "Le procureur a indiqué que le suspect a été vu à la gare." '[.kind]'
	assert_output '[["report"]]'
}

@test "extract-claims: after et, a cue's past participle shares the auxiliary of a verb in the perfect before it that made no claim, and its subject (a quitté la réunion et réclamé la démission)" {
	run -0 claims_tagged fr "Le collectif a quitté la table des négociations et réclamé la démission du directeur." '[.source.text, .cue.text, .content.text]'
	assert_output '[["Le collectif","réclamé","la démission du directeur"]]'
	run -0 claims_tagged fr "La fédération a critiqué ces annonces et appelé à durcir le mouvement." '[.kind, .content.text]'
	assert_output '[["demand","durcir le mouvement"]]'
	# no perfect before: a participle alone is an adjective
	run -0 claims_tagged fr "La réforme adoptée hier et dénoncée par les syndicats entrera en vigueur." '[.cue.text]'
	assert_output '[]'
	# English writes the past, not the perfect: a present participle
	# after and goes on from its cue
	run -0 claims_tagged en "The government is accused of favouring the rich and maintaining an unfair tax system." '[.content.text]'
	assert_output '[["of favouring the rich and maintaining an unfair tax system"]]'
}

@test "extract-claims: a cue's participle after and, a passive before it in its clause and its agent after it, shares the passive: its agent is the source, the subject of the clause none (carried out by a laboratory and confirmed by a second test)" {
	run -0 claims_tagged en "The board said the audit had been carried out by an outside firm and confirmed by a second review." '[.source.text, .cue.text]'
	assert_output '[["The board","said"]]'
	run -0 claims_tagged fr "Selon la direction, l'audit a été réalisé par un cabinet extérieur et confirmé par une seconde revue." '[.source.text, .cue.text]'
	assert_output '[["la direction","Selon"]]'
	run -0 claims_tagged en "The budget was drafted by the treasury and criticised as reckless by the auditors." '[.source.text, .content.text]'
	assert_output '[["the auditors","reckless"]]'
	# a past form after and is the subject's next verb
	run -0 claims_tagged en "The treasurer was questioned by police and told reporters he was innocent." '[.source.text, .content.text]'
	assert_output '[["The treasurer","he was innocent"]]'
}

@test "extract-claims: a cue that names what it judges takes an adjective of judgment, unquoted, after its object (a jugé ces annonces insuffisantes, called the offer unfair): an accusation" {
	run -0 claims_tagged fr "Le collectif a jugé ces annonces insuffisantes." '[.kind, .content.text]'
	assert_output '[["accusation","ces annonces insuffisantes"]]'
	run -0 claims_tagged fr "La fédération l'a jugé inacceptable." '[.kind, .content.text]'
	assert_output '[["accusation","inacceptable"]]'
	run -0 claims_tagged en "The tenants' group called the offer unfair and premature." '[.kind, .content.text]'
	assert_output '[["accusation","the offer unfair and premature"]]'
	# each of the list's forms, the feminine and the hyphenated too
	run -0 claims_tagged fr "La maire a jugé ces statistiques trompeuses." '[.kind]'
	assert_output '[["accusation"]]'
	run -0 claims_tagged fr "Le juge a estimé ces arrêtés illégaux." '[.kind]'
	assert_output '[["accusation"]]'
	run -0 claims_tagged fr "Le syndicat a jugé la mesure contre-productive." '[.kind]'
	assert_output '[["accusation"]]'
	# negated, no blame; no adjective of the list, no claim
	run -0 claims_tagged fr "Le collectif a jugé ces annonces pas si inacceptables." '[.kind]'
	refute_output --partial accusation
	run -0 claims_tagged fr "Le tribunal a jugé l'affaire en appel." '[.content.text]'
	assert_output '[]'
	run -0 claims_tagged en "The chair called the meeting to order." '[.content.text]'
	assert_output '[]'
}

@test "extract-claims: what a source admits is an admission, an assertion, though it tells an event in the passive (admitted the home had been understaffed; a reconnu que l'usine avait été mal gérée)" {
	run -0 claims_tagged en "The director admitted that the clinic had been understaffed." '[.kind]'
	assert_output '[["assertion"]]'
	run -0 claims_tagged fr "Le directeur a reconnu que la clinique avait été mal gérée." '[.kind]'
	assert_output '[["assertion"]]'
	# another cue's event told in the passive stays a report
	run -0 claims_tagged en "The director said that two nurses had been suspended." '[.kind]'
	assert_output '[["report"]]'
}

@test "extract-claims: a claim nested in another's indirect content, in a clause a subordinator opens and with its own complementizer, is a claim of its own (said it acted after the company admitted that…)" {
	run -0 claims_tagged en "The board said it had opened an inquiry after the bank admitted that client files had been lost." '[.source.text, .cue.text, .content.text]'
	assert_output '[["The board","said","it had opened an inquiry after the bank admitted that client files had been lost"],["the bank","admitted","client files had been lost"]]'
	run -0 claims_tagged fr "Le conseil a indiqué avoir ouvert une enquête après que la banque a reconnu que des dossiers avaient été perdus." '[.source.text, .cue.text]'
	assert_output '[["Le conseil","a indiqué"],["la banque","a reconnu"]]'
	# no complementizer of its own: words of the content
	run -0 claims_tagged en "The board said the merger collapsed when the bank announced its results." '[.cue.text]'
	assert_output '[["said"]]'
}

@test "extract-claims: a cue's words after its target may open a quotation (a appelé les syndicats « à la responsabilité »); English puts them before the target" {
	run -0 claims fr "Le ministre a dénoncé la grève et appelé les syndicats « à la responsabilité »."
	assert_output '[["accusation","Le ministre","a dénoncé","la grève"],["demand","Le ministre","appelé","les syndicats « à la responsabilité »"]]'
	run -0 claims en 'The minister condemned the strike and called on the unions "to show responsibility".'
	assert_output '[["accusation","The minister","condemned","the strike"],["demand","The minister","called on","the unions \"to show responsibility\""]]'
	# a quotation with no such word after the target: no other sense
	run -0 claims en 'His allies called him "a genius" for his tax strategy.' '.kind'
	assert_output '["assertion"]'
}

@test "extract-claims: after an inverted cue, a cue's form is no source (a headline's …, report finds: report is no cue there, finds no one)" {
	run -0 claims en "Flood defences failed despite warnings, report finds" '[.source.text, .cue.text]'
	assert_output '[]'
	run -0 claims en "Prices will keep rising, study says" '[.source.text, .cue.text]'
	assert_output '[["study","says"]]'
}

@test "extract-claims: a pronoun only ever an object right before a cue ends the subject's modifier, not the subject (The union representing them said; most of them said)" {
	run -0 claims en "The union representing them said the officers had followed their training." '.source.text'
	assert_output '["The union representing them"]'
	run -0 claims en "Most of them said they had loved the job." '.source.text'
	assert_output '["Most of them"]'
	# a subject pronoun before the cue is still the source
	run -0 claims en "They said the plan was dead." '.source.text'
	assert_output '["They"]'
}

@test "extract-claims: an adverb set off by commas between the subject and its cue is no source (Supporters, however, insist; Les partisans, cependant, affirment)" {
	run -0 claims en "Supporters, however, insist the measure is needed." '.source.text'
	assert_output '["Supporters"]'
	run -0 claims en "Landlords, for their part, said the rules were too strict." '.source.text'
	assert_output '["Landlords"]'
	run -0 claims fr "Les riverains, cependant, affirment que le bruit a doublé." '.source.text'
	assert_output '["Les riverains"]'
}

@test "extract-claims: an aside naming some members of the subject is no source, and a word that counts opens the subject before it (Critics, including unions, warned; Plusieurs associations, parmi lesquelles…)" {
	run -0 claims en "Critics of the plan, including two teachers' unions, warned that it would empty rural schools." '.source.text'
	assert_output '["Critics of the plan"]'
	run -0 claims en "Several charities, among them Oxfam, said the cuts would hurt families." '.source.text'
	assert_output '["Several charities"]'
	run -0 claims fr "Plusieurs associations, parmi lesquelles la Ligue des droits de l'homme, ont dénoncé une loi liberticide." '[.source.text, .content.text]'
	assert_output '[["Plusieurs associations","une loi liberticide"]]'
	run -0 claims fr "Les élus, notamment ceux de la majorité, ont affirmé que le budget était tenu." '.source.text'
	assert_output '["Les élus"]'
	# ages set off by commas are no subject: the phrase before them speaks
	run -0 claims en "Two nurses, 54 and 60, said they were exhausted." '.source.text'
	assert_output '["Two nurses"]'
}

@test "extract-claims: a claim inverted after a gerund's claim says the whole clause the gerund modifies (The firm was fined after admitting it lied, the agency said)" {
	run -0 claims en "The bakery was fined after admitting it had sold mislabelled bread, the food agency said." '[.cue.text, .content.text]'
	assert_output '[["after admitting","it had sold mislabelled bread"],["said","The bakery was fined after admitting it had sold mislabelled bread"]]'
	run -0 claims fr "La boulangerie a été sanctionnée après avoir reconnu qu'elle vendait du pain mal étiqueté, a indiqué l'agence." '[.cue.text, .content.text]'
	assert_output '[["a indiqué","La boulangerie a été sanctionnée après avoir reconnu qu'"'"'elle vendait du pain mal étiqueté"]]'
}

@test "extract-claims: a past participle without an auxiliary before its agent is a passive's, no inverted cue (…, a practice criticized by several unions)" {
	run -0 claims en "The ministry let schools merge the two registers, a practice criticized by several unions." '.source.text'
	refute_output --partial 'a practice'
	run -0 claims fr "Le ministère a laissé les écoles fusionner les registres, une pratique critiquée par plusieurs syndicats." '.source.text'
	refute_output --partial 'une pratique'
	# said by telephone is no agent: the inverted claim stands
	run -0 claims en "The plan is dead, the mayor said by telephone." '.source.text'
	assert_output '["the mayor"]'
}

@test "extract-claims: the bare form of a cue whose lemma has words after it (call for) is a noun after a determiner and an adjective, or a number in digits after an indefinite article (a 911 call, an urgent call for calm)" {
	# English only: French nouns of saying are no cue's form (un appel)
	run -0 claims en "The review began after a 911 call went unanswered for twenty minutes." '.cue.text'
	assert_output '[]'
	run -0 claims en "Officials made an urgent call for calm on Sunday." '.cue.text'
	assert_output '[]'
	# a verb after a plural subject, or after two that counts, stays one
	run -0 claims en "Unions call for a strike." '.source.text'
	assert_output '["Unions"]'
	run -0 claims en "The two warn that the deal is dead." '.source.text'
	assert_output '["The two"]'
}

@test "extract-claims: an informant in the complement of the source's head tells no report (Les syndicats de police, the union of police officers), but in a part's (one of the officials, l'un des enquêteurs)" {
	run -0 claims fr "Les syndicats de police ont salué un texte attendu depuis longtemps." '.kind'
	assert_output '["assertion"]'
	run -0 claims en "The union of police officers said the plan was a good start." '.kind'
	assert_output '["assertion"]'
	run -0 claims fr "L'un des enquêteurs a indiqué que le suspect avait fui." '.kind'
	assert_output '["report"]'
	run -0 claims en "One of the officials said the suspect had fled." '.kind'
	assert_output '["report"]'
}

@test "extract-claims: a phrase of time a preposition opens after a cue of noun phrases says when, not what: the source before it speaks of the clause before (…, the club announced on Monday)" {
	run -0 claims_tagged en "The team has sacked its coach after a poor start, the club announced on Monday." '.content.text'
	assert_output '["The team has sacked its coach after a poor start"]'
	run -0 claims fr "L'équipe a limogé son entraîneur après un mauvais début, a annoncé le club lundi." '.content.text'
	assert_output '["L'"'"'équipe a limogé son entraîneur après un mauvais début"]'
	# a noun phrase after the time is still what was announced
	run -0 claims_tagged en "The club announced on Monday a plan to cut jobs." '.content.text'
	assert_output '["a plan to cut jobs"]'
}

@test "extract-claims: a testimony is an account of events, a report (testified that, a témoigné avoir entendu)" {
	run -0 claims en "The officer testified that the door had been left open." '[.kind, .cue.text]'
	assert_output '[["report","testified"]]'
	run -0 claims fr "La voisine a témoigné avoir entendu des cris vers minuit." '[.kind, .cue.text]'
	assert_output '[["report","a témoigné"]]'
}

@test "extract-claims: a bare cue form after a determiner and up to three modifiers is a noun (a criminal fraud charge, an early morning tweet), not after a plural or an informant, its subject" {
	# English only: French puts its adjectives after the noun
	run -0 claims en "The firm will plead guilty to a criminal fraud charge stemming from two crashes." '.cue.text'
	assert_output '[]'
	run -0 claims en "He attacked the judge in an early morning tweet on Sunday." '.cue.text'
	assert_output '[]'
	run -0 claims en "The public health officials warn that cases will rise." '.source.text'
	assert_output '["The public health officials"]'
	run -0 claims en 'The statement read: "The plant will close."' '.cue.text'
	assert_output '["read"]'
}

@test "extract-claims: a participle and its agent set off by commas between the subject and its cue is no source, and no inverted content (Democrats, led by Senator X, urged; Les élus, emmenés par le maire, réclament)" {
	run -0 claims en "Democrats, led by Senator Ann Kroll, urged a delay." '[.source.text, .content.text]'
	assert_output '[["Democrats","a delay"]]'
	run -0 claims en "Republicans backed the plan, while Democrats, led by Senator Ann Kroll, urged a delay." '.source.text'
	assert_output '["Democrats"]'
	run -0 claims fr "Les élus, emmenés par le maire, réclament un report." '[.source.text, .content.text]'
	assert_output '[["Les élus","un report"]]'
}

@test "extract-claims: a word that ends as a past participle and is none tells no event after être or be (n'est plus soutenable, nul n'est au-dessus des lois; it was indeed a mistake)" {
	run -0 claims fr "Les juges estiment que la situation n'est plus soutenable." '.kind'
	assert_output '["assertion"]'
	run -0 claims fr "Le maire affirme que nul n'est au-dessus des lois." '.kind'
	assert_output '["assertion"]'
	run -0 claims en "He said it was indeed a mistake." '.kind'
	assert_output '["assertion"]'
	# a participle after être or be still tells one
	run -0 claims fr "Le maire a indiqué que deux hommes ont été arrêtés." '.kind'
	assert_output '["report"]'
}

@test "extract-claims: a word of demand inside a relative set off by a comma is its noun's, no demand of the content (a register, which should come into force; un fichier, qui devrait entrer en vigueur)" {
	run -0 claims en "She said the council was drafting a new register, which should come into force in the spring." '.kind'
	assert_output '["assertion"]'
	run -0 claims fr "Elle a rappelé que la mairie préparait un nouveau registre, qui devrait entrer en vigueur au printemps." '.kind'
	assert_output '["assertion"]'
	# the content's own verb still asks, a relative before it or not
	run -0 claims en "She said the plan, which was costly, must be dropped." '.kind'
	assert_output '["demand"]'
	run -0 claims fr "Elle a estimé que le registre, qui coûte cher, devrait être abandonné." '.kind'
	assert_output '["demand"]'
}

@test "extract-claims: an adverb of discourse or of manner between the auxiliary and the cue is the verb group's, no part of the source (a ainsi rapporté, a donc estimé; has thus reported, Mr. Kell officially announced)" {
	run -0 claims fr "Le quotidien a ainsi rapporté que le préfet avait démissionné." '[.source.text, .cue.text]'
	assert_output '[["Le quotidien","a ainsi rapporté"]]'
	run -0 claims fr "Le syndicat a donc estimé que la réforme était injuste." '[.source.text, .cue.text]'
	assert_output '[["Le syndicat","a donc estimé"]]'
	run -0 claims en "The newspaper has thus reported that the prefect had resigned." '[.source.text, .cue.text]'
	assert_output '[["The newspaper","has thus reported"]]'
	run -0 claims en "The mayor officially announced that the bridge would close." '[.source.text, .cue.text]'
	assert_output '[["The mayor","officially announced"]]'
}

@test "extract-claims: a participle of demand right after its noun with its agent is a reduced passive, a demand nested in the content it stands in; any other cue's there makes no claim, and a verb after it shares nothing of it" {
	run -0 claims fr "Le maire a annoncé un registre réclamé par des associations de locataires et a promis des contrôles réguliers."
	assert_output '[["report","Le maire","a annoncé","un registre réclamé par des associations de locataires"],["demand","des associations de locataires","réclamé","un registre"],["assertion","Le maire","a promis","des contrôles réguliers"]]'
	run -0 claims en "The mayor announced a register demanded by tenant groups and promised regular checks."
	assert_output '[["report","The mayor","announced","a register demanded by tenant groups"],["demand","tenant groups","demanded","a register"],["assertion","The mayor","promised","regular checks"]]'
	# the agent of another cue's participle only says who did a thing
	run -0 claims en "The mayor praised the measures announced by the regional council." '.cue.text'
	assert_output '[]'
	run -0 claims en "Relations soured after an attack blamed by Lorvania on its neighbour." '.cue.text'
	assert_output '[]'
}

@test "extract-claims: a quotation inside a clause that goes on after it is no quotation before an aside: the inverted source is after the cue (Le plan est « un désastre » pour les agriculteurs, a déclaré le syndicat)" {
	run -0 claims fr "Le plan est « un désastre » pour les agriculteurs, a déclaré le syndicat." '[.source.text, .content.text]'
	assert_output '[["le syndicat","Le plan est « un désastre » pour les agriculteurs"]]'
	run -0 claims fr "Le client « regrette » l'accident, a assuré son avocate." '[.source.text, .content.text]'
	assert_output '[["son avocate","Le client « regrette » l'"'"'accident"]]'
	run -0 claims en 'The plan is "a disaster" for farmers, said the union.' '[.source.text, .content.text]'
	assert_output '[["the union","The plan is \"a disaster\" for farmers"]]'
	# a quotation that ends with its comma is one before an aside
	run -0 claims en '"We will not give in," Aubert, the union leader, told reporters.' '[.source.text, .content.text]'
	assert_output '[["Aubert","We will not give in"]]'
}

@test "extract-claims: requérir is a demand (a requis deux ans de prison); a participle in -is is a past one (requis, promis, admis); an agent's phrase ends at the auxiliary of the verb it is the subject of" {
	run -0 claims fr "Le parquet a requis deux ans de prison contre le maire." '[.kind, .source.text, .cue.text, .content.text]'
	assert_output '[["demand","Le parquet","a requis","deux ans de prison contre le maire"]]'
	run -0 claims fr "Les réformes réclamées par les syndicats sont adoptées." '[.kind, .source.text, .cue.text, .content.text]'
	assert_output '[["demand","les syndicats","réclamées","Les réformes"]]'
	run -0 claims fr "Les mesures promises par le gouvernement tardent." '.cue.text'
	assert_output '[]'
}

@test "extract-claims: a cue in a relative on its object set off by a comma says nothing where only adjuncts follow it up to the closing comma (Le plan, que le maire a annoncé lundi, coûtera…; the plan, which the mayor announced on Monday, will…)" {
	run -0 claims_tagged fr "Le plan, que le maire a annoncé lundi, coûtera des millions." '.cue.text'
	assert_output '[]'
	run -0 claims_tagged en "The plan, which the mayor announced on Monday, will cost millions." '.cue.text'
	assert_output '[]'
	# a content before the closing comma stands
	run -0 claims en "The plan, which the mayor said would cost millions, was dropped." '[.source.text, .content.text]'
	assert_output '[["the mayor","would cost millions"]]'
}

@test "extract-claims: a cue after a coordinator whose own auxiliary opens its group as an earlier cue's, and not as that of a cue nested in its content, is the earlier cue's second verb (a rappelé que Paris avait soutenu… et a exigé; have said that the minister had claimed… and have demanded)" {
	run -0 claims fr "Le porte-parole du syndicat a rappelé que Paris avait soutenu les négociations et a exigé un vote du Parlement." '[.source.text, .cue.text]'
	assert_output '[["Le porte-parole du syndicat","a rappelé"],["Le porte-parole du syndicat","a exigé"]]'
	run -0 claims en "The unions have said that the minister had claimed victory and have demanded a recount." '[.source.text, .cue.text]'
	assert_output '[["The unions","have said"],["The unions","have demanded"]]'
	# the same auxiliary as the nested cue's: the nested subject's
	run -0 claims fr "Le maire a dit que le préfet a affirmé le contraire et a exigé un vote." '[.source.text, .cue.text]'
	assert_output '[["Le maire","a dit"],["le préfet","a exigé"]]'
	# no auxiliary of its own: it may share the nested one's, left out
	run -0 claims en "The mayor said that the governor had criticized the plan and accused him of lying." '[.source.text, .cue.text]'
	assert_output '[["The mayor","said"],["the governor","accused"]]'
}

@test "extract-claims: a word of punishment warns only with a word of the future among it and the three words before (seront punis, nous les punirons, would be punished; not: la loi punit, was punishing success)" {
	run -0 claims fr "Le ministre a affirmé que les coupables seront punis." '.kind'
	assert_output '["warning"]'
	run -0 claims fr "Le ministre a affirmé : « Nous les punirons. »" '.kind'
	assert_output '["warning"]'
	run -0 claims fr "Le maire a affirmé que la loi punit déjà ces fraudes." '.kind'
	assert_output '["assertion"]'
	run -0 claims en "The minister said that those responsible would be punished." '.kind'
	assert_output '["warning"]'
	run -0 claims en "The senator argued that the administration was punishing success." '.kind'
	assert_output '["assertion"]'
}

@test "extract-claims: a passive in the present (are trapped) or negated (had not been consulted, n'ont pas été consultés) tells no event: the position stays an assertion; a passive event told reports" {
	run -0 claims en "The lawyer said the workers are trapped in their contracts." '.kind'
	assert_output '["assertion"]'
	run -0 claims en "She said many residents had not been consulted." '.kind'
	assert_output '["assertion"]'
	run -0 claims en "She said two men had been arrested." '.kind'
	assert_output '["report"]'
	run -0 claims fr "Elle a affirmé que les habitants n'ont pas été consultés." '.kind'
	assert_output '["assertion"]'
	run -0 claims fr "Elle a affirmé que deux hommes ont été arrêtés." '.kind'
	assert_output '["report"]'
}

@test "extract-claims: a request (please, s'il vous plaît) makes a content a demand whatever the cue" {
	run -0 claims fr "« S'il vous plaît, partez maintenant », a déclaré le préfet." '.kind'
	assert_output '["demand"]'
	run -0 claims en '"Please, if you are told to go, go now," he said.' '.kind'
	assert_output '["demand"]'
}

@test "extract-claims: a cue of commitment tells the speaker's own word: an informant's promise is no report (le gouvernement promet, the ministry promised)" {
	run -0 claims fr "Le gouvernement promet une baisse des impôts." '.kind'
	assert_output '["assertion"]'
	run -0 claims en "The ministry promised that the bridge would reopen." '.kind'
	assert_output '["assertion"]'
}

@test "extract-claims: a fire, a drought or an epidemic says nothing: its verb is no cue (Le feu menace deux villages; The wildfire threatens two towns)" {
	run -0 claims fr "Le feu menace deux villages." '.cue.text'
	assert_output '[]'
	run -0 claims en "The wildfire threatens two towns." '.cue.text'
	assert_output '[]'
}

@test "extract-claims: a modal of demand in the perfect asks nothing: a past that did not happen or a guess (should have acted, I should have, il doit avoir oublié); should have the chance, doit être retiré still ask" {
	run -0 claims en "He said the government should never have acted." '.kind'
	assert_output '["assertion"]'
	run -0 claims en '"I did not check the label and I should have," he wrote.' '.kind'
	assert_output '["assertion"]'
	run -0 claims en "He said every child should have the chance to succeed." '.kind'
	assert_output '["demand"]'
	run -0 claims fr "Le ministre a reconnu qu'il doit avoir oublié ce rapport." '.kind'
	assert_output '["assertion"]'
	run -0 claims fr "Le syndicat estime que le texte doit être retiré." '.kind'
	assert_output '["demand"]'
}

@test "extract-claims: cheating is a wrong: an accusation, a denial where negated (il n'a jamais triché, he is not a cheat)" {
	run -0 claims fr "« Il n'a jamais triché », a assuré son entraîneur." '.kind'
	assert_output '["denial"]'
	run -0 claims en '"He is not a cheat," Keller said.' '.kind'
	assert_output '["denial"]'
	run -0 claims en "The agency said the cyclist had cheated for years." '.kind'
	assert_output '["accusation"]'
}

@test "extract-claims: a subject that opens with a name, a title in lowercase and a person's name is the person's, for a participle too (Riverside United manager Tom Keller…, insisting; English only: French puts the title first)" {
	run -0 claims_tagged en "Riverside United manager Tom Keller on Friday defended his striker, insisting the player had never cheated." '.source.text'
	assert_output '["Riverside United manager Tom Keller"]'
}

@test "extract-claims: a sentence passed on an object with an apposition set off by commas is no saying (a condamné Julien Ruas, ancien adjoint au maire, à deux ans de prison; condemned Ali Hassan, a former officer, to death)" {
	run -0 claims fr "Le tribunal a condamné mercredi Julien Ruas, ancien adjoint au maire, à deux ans de prison." '.cue.text'
	assert_output '[]'
	run -0 claims en "The court condemned Ali Hassan, a former army officer, to death." '.cue.text'
	assert_output '[]'
	# an apposition with no sentence after it: a condemnation
	run -0 claims fr "Le maire a condamné M. Durand, son adjoint, pour ses propos." '.kind'
	assert_output '["accusation"]'
}

@test "extract-claims: a cue of feeling tells a position, no report, even of an event told in the passive or from an informant (a regretté que la société ait été relaxée; the ministry feared the files had been lost); craindre and fear take a noun phrase (craint un transfert des charges)" {
	run -0 claims fr "Elle a regretté que la société propriétaire ait été relaxée." '.kind'
	assert_output '["assertion"]'
	run -0 claims en "The ministry feared that the files had been lost." '.kind'
	assert_output '["assertion"]'
	run -0 claims fr "La conférence des directeurs craint un transfert des charges vers les cantons." '[.cue.text, .content.text]'
	assert_output '[["craint","un transfert des charges vers les cantons"]]'
	run -0 claims en "Residents fear a second flood." '[.cue.text, .content.text]'
	assert_output '[["fear","a second flood"]]'
}

@test "extract-claims: what a fronted clause of condition supposes is neither charged nor denied (If she has nothing to hide, she should come; « Si le ministre a menti, il doit partir »); a trailing if may say whether" {
	run -0 claims en '"If she has nothing to hide, she should come and answer our questions," he said.' '.kind'
	assert_output '["demand"]'
	run -0 claims fr "« Si le ministre a menti, il doit démissionner », a déclaré le député." '.kind'
	assert_output '["demand"]'
	run -0 claims en "He said voters could only wonder if the mayor had lied." '.kind'
	assert_output '["accusation"]'
}

@test "extract-claims: a participle of accusation right after its noun, its charge's preposition next, is the passive reduced: no source said, or its agent (Mayor accused of steering contracts; le maire accusé de favoritisme par l'opposition); not in a relative on the object" {
	run -0 claims en "Mayor accused of steering contracts to donors" '[.source.text, .cue.text, .content.text]'
	assert_output '[[null,"accused","of steering contracts to donors"]]'
	run -0 claims fr "Le maire de Lyon accusé de favoritisme par l'opposition." '[.source.text, .cue.text, .content.text]'
	assert_output '[["l'"'"'opposition","accusé","de favoritisme"]]'
	run -0 claims en "They fought the group, which the president blamed for the attacks." '[.source.text, .cue.text]'
	assert_output '[["the president","blamed"]]'
}

@test "extract-claims: a second verb of the cue's subject ends the content: its auxiliary as the cue's, or a past form after a comma and a coordinator (a confirmé que… seraient prolongés, mais a exclu…; confirmed that… would be extended, but ruled out…)" {
	run -0 claims fr "La ministre a confirmé que deux réacteurs seraient prolongés, mais a exclu toute autre prolongation." '.content.text'
	assert_output '["deux réacteurs seraient prolongés"]'
	# (ruled out is a denial of its own: GUIDELINES' declined to rule out)
	run -0 claims en "The minister confirmed that two reactors would be extended, but ruled out any other extension." '.content.text'
	assert_output '["two reactors would be extended","any other extension"]'
	# the content's own verb opens as the second one: its subject's
	run -0 claims fr "Le maire a dit que son adjoint a menti et a démissionné." '.content.text'
	assert_output '["son adjoint a menti et a démissionné"]'
}

@test "extract-claims: a passive after a modal tells what may or must happen, no event: the position stays an assertion (could be used to punish, will be extended, might have been saved; were arrested reports)" {
	run -0 claims en "The judge wrote that the law could be used to punish performers." '.kind'
	assert_output '["assertion"]'
	run -0 claims en "Hicks said the four men might have been saved." '.kind'
	assert_output '["assertion"]'
	run -0 claims en "She said two men were arrested." '.kind'
	assert_output '["report"]'
}

@test "extract-claims: an organisation named before its apposition speaks, not the apposition (Santésuisse, la faîtière des assureurs, juge…; Amnesty, the rights group, said)" {
	run -0 claims_tagged fr "Santésuisse, la faîtière des assureurs, juge le projet « inapplicable »." '.source.text'
	assert_output '["Santésuisse"]'
	run -0 claims_tagged en "Amnesty, the rights group, said the law was unjust." '.source.text'
	assert_output '["Amnesty"]'
}

@test "extract-claims: naming a work or a conduct careless, dishonest or biased accuses (called the report \"sloppy\"; a qualifié cette demande de « taxe déguisée »)" {
	run -0 claims en 'Her spokesman called the report "sloppy".' '.kind'
	assert_output '["accusation"]'
	run -0 claims fr "La mairesse a qualifié cette demande de « taxe déguisée »." '.kind'
	assert_output '["accusation"]'
}

@test "extract-claims: a clause before a cue's comma shares its subject, not the whole clause (Le gouvernement maintient sa réforme, prévient que…; The company cut its forecast, warned that…)" {
	run -0 claims fr "Le gouvernement maintient sa réforme, prévient que rien ne changera." '.source.text'
	assert_output '["Le gouvernement"]'
	run -0 claims en "The company cut its forecast, warned that sales would fall." '.source.text'
	assert_output '["The company"]'
}

@test "extract-claims: a quotation after a colon that a cue of its own attributes is that cue's content, not that of a cue whose object stands before the colon (démentent toute violence : « … », a affirmé X; denied any violence: \"…,\" its president said)" {
	run -0 claims fr "Les syndicats démentent toute violence : « Nos adhérents n'ont rien cassé », a affirmé leur présidente." '[.cue.text, .content.text]'
	assert_output '[["démentent","toute violence"],["a affirmé","Nos adhérents n'"'"'ont rien cassé"]]'
	run -0 claims en 'The union denied any violence: "Our members broke nothing," its president said.' '[.cue.text, .content.text]'
	assert_output '[["denied","any violence"],["said","Our members broke nothing"]]'
	# a cue right before the colon keeps its quotation
	run -0 claims en 'Trump said: "There will always be exceptions," the Times reported.' '.cue.text'
	assert_output '["said","reported"]'
}

@test "extract-claims: a subject and its apposition before a predicate are the content's subject, not an inverted cue's source (Le directeur, Paul Martin, a été écroué, a indiqué le parquet; The director, Paul Martin, has been arrested, the prosecutor said)" {
	run -0 claims_tagged fr "Le directeur de l'usine, Paul Martin, a été placé en garde à vue lundi, a indiqué le parquet." '[.source.text, .content.text]'
	assert_output '[["le parquet","Le directeur de l'"'"'usine, Paul Martin, a été placé en garde à vue lundi"]]'
	run -0 claims_tagged en "The plant's director, Paul Martin, has been arrested, the prosecutor said." '[.source.text, .content.text]'
	assert_output '[["the prosecutor","The plant'"'"'s director, Paul Martin, has been arrested"]]'
	# the apposition with no predicate after it still speaks
	run -0 claims en 'The situation is serious, the health minister, Anne Moore, said on Tuesday.' '.source.text'
	assert_output '["the health minister"]'
}

@test "extract-claims: a verb of manner of speaking attributes a quotation, and only a quotation (« … », soupire Nadia; \"…,\" the mayor joked; not: the mayor smiled at the crowd)" {
	run -0 claims fr "« C'est la troisième fois ce mois-ci », soupire Nadia, une infirmière." '[.source.text, .cue.text]'
	assert_output '[["Nadia","soupire"]]'
	run -0 claims fr "« On verra bien », sourit le maire." '[.source.text, .cue.text]'
	assert_output '[["le maire","sourit"]]'
	run -0 claims en '"It is the third time this month," sighed Nadia, a nurse.' '[.source.text, .cue.text]'
	assert_output '[["Nadia","sighed"]]'
	run -0 claims en '"We will see," the mayor joked.' '[.source.text, .cue.text]'
	assert_output '[["the mayor","joked"]]'
	run -0 claims en 'The mayor smiled at the crowd and left the stage.' '.cue.text'
	assert_output '[]'
	run -0 claims fr "Le maire a souri à la foule et il est parti." '.cue.text'
	assert_output '[]'
}

@test "extract-claims: an informant that tells a state it judges or feels gives a position, no report (s'est dit « profondément déçu »; said it was \"deeply disappointed\"; an arrest stays a report)" {
	run -0 claims fr "Le ministère s'est dit « profondément déçu » par la décision." '.kind'
	assert_output '["assertion"]'
	run -0 claims fr "Le ministère a dit qu'il était très préoccupé par la situation." '.kind'
	assert_output '["assertion"]'
	run -0 claims en 'The department said it was "deeply disappointed" by the ruling.' '.kind'
	assert_output '["assertion"]'
	run -0 claims en 'The ministry said it was very concerned about the delays.' '.kind'
	assert_output '["assertion"]'
	run -0 claims fr "La police a indiqué que deux hommes avaient été arrêtés." '.kind'
	assert_output '["report"]'
	run -0 claims en 'The ministry said two men were arrested.' '.kind'
	assert_output '["report"]'
}

@test "extract-claims: a quotation whose speaker demands, accuses or warns in the first person is that act (« Nous demandons que… »; \"I call on the government to…\"; not « Ils demandent… »)" {
	run -0 claims fr "« Nous demandons simplement que les engagements soient tenus », a déclaré le syndicaliste." '.kind'
	assert_output '["demand"]'
	run -0 why fr "« Nous exigeons des excuses », a déclaré le maire."
	assert_output '[["demand","own-act","exigeons",false,null,null]]'
	run -0 claims fr "« J'appelle le gouvernement à agir », a-t-elle déclaré." '.kind'
	assert_output '["demand"]'
	run -0 claims en '"I call on the government to act now," she said.' '.kind'
	assert_output '["demand"]'
	run -0 claims en '"We accuse the company of hiding the risks," the union leader said.' '.kind'
	assert_output '["accusation"]'
	run -0 claims fr "« Ils demandent que l'usine ferme », a déclaré le maire." '.kind'
	assert_output '["assertion"]'
	run -0 claims en '"They demand that the plant close," the mayor said.' '.kind'
	assert_output '["assertion"]'
}

@test "extract-claims: a need or an urgency stated makes a demand, not one named, denied or supposed (more reform is needed, il est temps d'agir; not the need to act, what was needed, no need to, would need to win, n'est pas nécessaire)" {
	run -0 claims en "Civil rights groups said more reform was needed." '.kind'
	assert_output '["demand"]'
	run -0 claims en "The mayor said the city needs to act now." '.kind'
	assert_output '["demand"]'
	run -0 claims fr "Le maire a estimé qu'il est temps d'agir." '.kind'
	assert_output '["demand"]'
	run -0 claims fr "Le syndicat estime qu'une hausse des salaires est nécessaire." '.kind'
	assert_output '["demand"]'
	run -0 claims en "He said the need to act was clear." '.kind'
	assert_output '["assertion"]'
	run -0 claims en "He said he saw no need to change anything." '.kind'
	assert_output '["assertion"]'
	run -0 claims en "Analysts said the party would need to win 65 percent of the seats." '.kind'
	assert_output '["assertion"]'
	run -0 claims fr "Le maire a estimé qu'une réforme n'est pas nécessaire." '.kind'
	assert_output '["assertion"]'
	run -0 claims en "He said the plan covers only a fraction of what is needed." '.kind'
	assert_output '["assertion"]'
	run -0 claims fr "Le syndicat a dit que l'argent qui est nécessaire manque." '.kind'
	assert_output '["assertion"]'
	# a modal of demand negated still forbids
	run -0 claims fr "Il a dit que le ministre ne doit pas partir." '.kind'
	assert_output '["demand"]'
}

@test "extract-claims: a cue's bare or plural form after a possessive or after an infinitive's verb is a noun (the union's demands would cost; to settle claims brought by)" {
	run -0 claims en "District officials said the union's demands would cost \$2.5 billion." '[.kind, .cue.text]'
	assert_output '[["report","said"]]'
	run -0 claims en "It agreed to pay \$300 million to settle claims brought by the state." '.cue.text'
	assert_output '["agreed"]'
	# still verbs: a participle after has, a demand with its object
	run -0 claims en "She's said the plan would fail." '.cue.text'
	assert_output '["'"'"'s said"]'
	run -0 claims en "The union demanded a raise for its members." '.kind'
	assert_output '["demand"]'
}

@test "extract-claims: a claim with a genitive holder is a noun of saying, hedged (Trump's claim that his net worth exceeds…)" {
	run -0 claims en "Analysts questioned Trump's claim that his net worth exceeds \$10 billion." '[.source.text, .cue.text, .hedged, .content.text]'
	assert_output '[["Trump","claim",true,"his net worth exceeds $10 billion"]]'
}

@test "extract-claims: findings and observations are evidence, no speakers (Les premières constatations laissent penser que…, a-t-elle indiqué; Initial findings suggest…, she said)" {
	run -0 claims fr "Les premières constatations laissent penser que le feu est parti d'un compteur, a-t-elle indiqué." '[.source.text, .cue.text, .content.text]'
	assert_output '[["elle","a-t-elle indiqué","Les premières constatations laissent penser que le feu est parti d'"'"'un compteur"]]'
	run -0 claims en "Initial findings suggest the fire started in a meter, she said." '[.source.text, .cue.text]'
	assert_output '[["she","said"]]'
}

@test "extract-claims: a date alone after a cue of noun phrases says when, no object, to the sentence's end or to a comma after which the reporter goes on (…, union leaders announced Monday, raising…; …, a annoncé lundi le syndicat, ouvrant…)" {
	run -0 claims_tagged en "Members of the union voted to authorize a strike, union leaders announced Monday, raising the prospect of a shutdown." '.content.text'
	assert_output '["Members of the union voted to authorize a strike"]'
	run -0 claims_tagged en "Members of the union voted to authorize a strike, union leaders announced Monday." '.content.text'
	assert_output '["Members of the union voted to authorize a strike"]'
	run -0 claims_tagged fr "Les adhérents ont voté la grève, a annoncé le syndicat lundi, ouvrant la voie à une fermeture." '.content.text'
	assert_output '["Les adhérents ont voté la grève"]'
	# an object after the cue is still its content
	run -0 claims_tagged en "The company announced new cuts on Monday." '.content.text'
	assert_output '["new cuts on Monday"]'
}

@test "extract-claims: an adverb of saying between a cue and its object, quoted or not, is no part of the content (dément « catégoriquement » toute intervention; has said repeatedly they…; not: only the UN had…)" {
	run -0 claims fr "L'entourage du maire dément « catégoriquement » toute intervention." '[.kind, .content.text]'
	assert_output '[["denial","toute intervention"]]'
	run -0 claims fr "Le maire a réclamé fermement la démission du préfet." '[.kind, .content.text]'
	assert_output '[["demand","la démission du préfet"]]'
	run -0 claims en "The founders have said repeatedly they do not want to create content." '.content.text'
	assert_output '["they do not want to create content"]'
	run -0 claims en "She said only the UN had the authority to lead." '.content.text'
	assert_output '["only the UN had the authority to lead"]'
	run -0 claims fr "Le comité demande à l'État un fonds d'urgence." '.content.text'
	assert_output '["à l'"'"'État un fonds d'"'"'urgence"]'
}

@test "extract-claims: a noun phrase whose informant is a complement says what is asked, not who (a réclamé la démission du préfet; not: a cité deux enquêteurs)" {
	run -0 claims fr "Le maire a réclamé la démission du préfet." '[.kind, .content.text]'
	assert_output '[["demand","la démission du préfet"]]'
	run -0 claims en "The union demanded the resignation of the police chief." '[.kind, .content.text]'
	assert_output '[["demand","the resignation of the police chief"]]'
}

@test "extract-claims: a passive that a condition supposes, or that befell the speaker, tells no event: the position stays an assertion (si les faits sont avérés; we have been promised; were arrested reports)" {
	run -0 claims fr "« Si les faits sont avérés, c'est extrêmement grave », a réagi la conseillère." '.kind'
	assert_output '["assertion"]'
	run -0 claims en 'She said that if the money was spent on trips, it was wrong.' '.kind'
	assert_output '["assertion"]'
	run -0 claims en '"We have been promised investment before, and it never came," said Tom Reeves.' '.kind'
	assert_output '["assertion"]'
	run -0 claims fr "« Nous avons été trahis par la direction », a déclaré le délégué." '.kind'
	assert_output '["assertion"]'
	run -0 claims en 'She said two men were arrested.' '.kind'
	assert_output '["report"]'
}

@test "extract-claims: reported to the police is a complaint filed, no saying (had been reported to police for making threats, authorities said; is reported to have left stays a hedge)" {
	run -0 claims_tagged en "The man had been reported to police three times for making threats, authorities said Monday." '[.source.text, .cue.text, .content.text]'
	assert_output '[["authorities","said","The man had been reported to police three times for making threats"]]'
	run -0 claims en "He is reported to have left the country." '[.cue.text, .hedged]'
	assert_output '[["is reported",true]]'
}

@test "extract-claims: aux yeux de and in the eyes of attribute where they open the sentence, their article glued or not (Aux yeux des experts, …; In the eyes of Amnesty International, …; not Aux yeux du monde)" {
	run -0 claims fr "Aux yeux des experts, l'accord est une erreur." '[.source.text, .cue.text, .content.text]'
	assert_output '[["experts","Aux yeux des","l'"'"'accord est une erreur"]]'
	run -0 claims_tagged en "In the eyes of Amnesty International, the law is a step backwards." '[.source.text, .cue.text]'
	assert_output '[["Amnesty International","In the eyes of"]]'
	run -0 claims fr "Aux yeux du monde, la ville reste un symbole de résistance." '.cue.text'
	assert_output '[]'
}

@test "extract-claims: a name alone after a noun of saying's agent ends the agent's name, no content (claims brought by the state of Ohio; l'annonce par la France de sanctions stays a claim)" {
	run -0 claims_tagged en "It agreed to pay \$300 million to settle claims brought by the state of Ohio." '.cue.text'
	assert_output '["agreed"]'
	run -0 claims_tagged fr "L'annonce faite par la France de nouvelles sanctions a surpris." '[.source.text, .content.text]'
	assert_output '[["la France","nouvelles sanctions"]]'
}

@test "extract-claims: an office or a minister's cabinet relays as informants do (…, his office said: a report; Son cabinet a précisé…); d'ores et déjà sits in a verb group" {
	run -0 claims en "The governor signed the law on Monday, his office said." '[.kind, .source.text]'
	assert_output '[["report","his office"]]'
	run -0 claims fr "Son cabinet a dit que le ministre signerait le décret lundi." '[.kind, .source.text]'
	assert_output '[["report","Son cabinet"]]'
	run -0 claims fr "La CGT a d'ores et déjà appelé à un rassemblement devant le siège." '[.kind, .cue.text]'
	assert_output '[["demand","a d'"'"'ores et déjà appelé à"]]'
}

@test "extract-claims: purported and prétendu hedge what they qualify in the reporter's words, not a verb's participle after the perfect's auxiliary (the purported leader; le prétendu chef; avait prétendu être malade, had alleged that)" {
	run -0 claims en "Police said the purported leader of the group had fled." '.hedged'
	assert_output '[true]'
	run -0 claims fr "La police a indiqué que le prétendu chef du groupe avait fui." '.hedged'
	assert_output '[true]'
	run -0 claims fr "Le procureur a dit que l'accusé avait prétendu être malade." '.hedged'
	assert_output '[false]'
	run -0 claims en "The prosecutor said the defendant had alleged that he was ill." '.hedged'
	assert_output '[false]'
	# a passive's stays a hedge
	run -0 claims en "Police said the men were suspected of planning an attack." '.hedged'
	assert_output '[true]'
}

@test "extract-claims: an irregular simple past after its subject is a verb (simple_past_forms: The airline kept its forecast…, but said…: the airline speaks); an adverb before that verb is not the subject's (The agency also met…)" {
	run -0 claims en "The airline kept its forecast for the year unchanged on Tuesday, but said fuel costs were rising." '.source.text'
	assert_output '["The airline"]'
	run -0 claims en "The union held a one-day strike at forty universities and said further action would follow." '.source.text'
	assert_output '["The union"]'
	run -0 claims en "The agency also met the director of the museum, saying the loan would be renewed." '.source.text'
	assert_output '["The agency"]'
	# the French past has its auxiliary, which tells the verb already
	run -0 claims fr "La compagnie a maintenu ses prévisions mardi, mais a affirmé que le carburant coûtait plus cher." '.source.text'
	assert_output '["La compagnie"]'
}

@test "extract-claims: whom it was said to is no content, nor a preposition's phrase whose clause is a participle cue's (wrote to the agency on Monday, asking it to…; responded to the governor by saying…); a question after the addressee is (explained to CBS why…)" {
	run -0 claims en "The senators wrote to the agency on Monday, asking it to explain the delay." '.cue.text'
	assert_output '["asking"]'
	run -0 claims en "Trump responded to the governor by saying the plan would fail." '.cue.text'
	assert_output '["by saying"]'
	run -0 claims en "The director explained to CBS why the prize had gone to her." '.cue.text'
	assert_output '["explained"]'
	run -0 claims en "Clinton Vows To Fight On In Ohio" '.cue.text'
	assert_output '["Vows"]'
	run -0 claims fr "Les sénateurs ont écrit à l'entreprise mardi, exigeant qu'elle publie les résultats." '.cue.text'
	assert_output '["exigeant"]'
}

@test "extract-claims: a date between a cue and its infinitive is no part of the content, nor does it make the cue say only when (pledged on Tuesday to clear…; vowed on Monday to resign.; a promis mardi d'évacuer…)" {
	run -0 claims_tagged en "The mayor pledged on Tuesday to clear the camp within weeks." '.content.text'
	assert_output '["to clear the camp within weeks"]'
	run -0 claims_tagged en "The minister vowed on Monday to resign." '.content.text'
	assert_output '["to resign"]'
	run -0 claims_tagged fr "Le maire a promis mardi d'évacuer le campement." '.content.text'
	assert_output '["d'"'"'évacuer le campement"]'
	# a date alone still says when
	run -0 claims_tagged en "The club announced on Monday." '.content.text'
	assert_output '[]'
}

@test "extract-claims: s'engager à is a pledge, its infinitive the content (L'entreprise s'engage à réduire…); engager alone is none (a engagé des poursuites)" {
	run -0 claims fr "L'entreprise s'engage à réduire ses émissions de moitié." '[.cue.text, .content.text]'
	assert_output '[["s'"'"'engage à","réduire ses émissions de moitié"]]'
	run -0 claims fr "Le ministre a engagé des poursuites contre le journal." '.cue.text'
	assert_output '[]'
}

@test "extract-claims: a time adjunct after the verb a target's wrong is told with is that verb's, no end of the content (accused the company of putting profits before patients; a accusé l'entreprise de faire passer les profits avant les patients); after a comma it dates the saying" {
	run -0 claims en "Senator Warren accused the company of putting profits before patients." '.content.text'
	assert_output '["the company of putting profits before patients"]'
	run -0 claims fr "La sénatrice a accusé l'entreprise de faire passer les profits avant les patients." '.content.text'
	assert_output '["l'"'"'entreprise de faire passer les profits avant les patients"]'
	run -0 claims en "The union accused the company of fraud, days after the strike." '.content.text'
	assert_output '["the company of fraud"]'
}

@test "extract-claims: a cue of noun phrases whose noun phrase names only people heard is no claim (people_nouns: …, citing people familiar with the matter; citant des sources proches du dossier); a thing cited stays one" {
	run -0 claims en "The plant will close, Bloomberg reported, citing people familiar with the matter." '.cue.text'
	assert_output '["reported"]'
	run -0 claims fr "L'usine fermera, a rapporté Le Monde, citant des sources proches du dossier." '.cue.text'
	assert_output '["a rapporté"]'
	run -0 claims en "The senator spoke of anger, citing the growing number of people out of work." '.cue.text'
	assert_output '["citing"]'
	run -0 claims fr "Le ministre a cité deux personnes proches du dossier." '.cue.text'
	assert_output '[]'
}

@test "extract-claims: selon and according to: a relative on the source with no comma before it is the source's (Selon un diplomate qui a requis l'anonymat, …); a relative a comma closes before the predicate is the content's (L'État, qui détient 15 %, n'a pas été consulté, selon…); an organisation's description is no content (Pour FO, premier syndicat du groupe, …)" {
	run -0 claims fr "Selon un diplomate européen qui a requis l'anonymat, Paris et Berlin présenteront leur texte jeudi." '[.source.text, .content.text]'
	assert_output '[["un diplomate européen","Paris et Berlin présenteront leur texte jeudi"]]'
	run -0 claims en "According to a European diplomat who asked not to be named, Paris and Berlin will present their text on Thursday." '[.source.text, .content.text]'
	assert_output '[["a European diplomat","Paris and Berlin will present their text on Thursday"]]'
	run -0 claims fr "L'État, qui détient 15 % du capital, n'a pas été consulté, selon une source gouvernementale." '.content.text'
	assert_output '["L'"'"'État, qui détient 15 % du capital, n'"'"'a pas été consulté"]'
	run -0 claims en "The state, which owns 15% of the company, was not consulted, according to a government source." '.content.text'
	assert_output '["The state, which owns 15% of the company, was not consulted"]'
	run -0 claims_tagged fr "Pour FO, premier syndicat du groupe, les mesures sont douloureuses." '.content.text'
	assert_output '["les mesures sont douloureuses"]'
	run -0 claims_tagged fr "Selon la CGT, 70 % des salariés sont en grève, et la direction refuse de négocier." '.content.text'
	assert_output '["70 % des salariés sont en grève, et la direction refuse de négocier"]'
}

@test "extract-claims: a noun of saying with its holder, the object of a cue of denial, makes no claim of its own: the denial carries it (rejected his argument that…; a rejeté leurs accusations selon lesquelles…)" {
	run -0 claims en "The court rejected his argument that the judge had erred." '[.cue.text, .content.text]'
	assert_output '[["rejected","the judge had erred"]]'
	run -0 claims fr "Le ministre a rejeté leurs accusations selon lesquelles il aurait menti." '[.cue.text, .content.text]'
	assert_output '[["a rejeté","il aurait menti"]]'
}

@test "extract-claims: a French first-group cue whose stem's é opens to è before a mute ending is found in the present (il considère, elles espèrent, le rapport révèle, il concède)" {
	run -0 claims fr "Les médecins considèrent que la campagne de vaccination arrive trop tard." '[.cue.text, .content.text]'
	assert_output '[["considèrent","la campagne de vaccination arrive trop tard"]]'
	run -0 claims fr "L'enquête révèle que les stocks de doses étaient insuffisants." '.cue.text'
	assert_output '["révèle"]'
	run -0 claims fr "Le directeur concède que les délais n'ont pas été tenus." '.cue.text'
	assert_output '["concède"]'
	run -0 claims fr "Les élus espèrent que le chantier reprendra au printemps." '.cue.text'
	assert_output '["espèrent"]'
}

@test "extract-claims: after a demand's target and its infinitive's marker, a que or that is the infinitive's: the content is the infinitive's phrase, not the clause it introduces (urged parents to check that…; appelle les parents à vérifier que…; a demandé aux maires de confirmer que…)" {
	run -0 claims en "The health agency urged parents to check that their children had received both doses." '.content.text'
	assert_output '["parents to check that their children had received both doses"]'
	run -0 claims fr "L'agence de santé appelle les parents à vérifier que leurs enfants ont reçu les deux doses." '.content.text'
	assert_output '["les parents à vérifier que leurs enfants ont reçu les deux doses"]'
	run -0 claims fr "La préfète a demandé aux maires de confirmer que les gymnases seraient ouverts." '.content.text'
	assert_output '["aux maires de confirmer que les gymnases seraient ouverts"]'
	run -0 claims fr "La préfète a demandé que les gymnases soient ouverts." '.content.text'
	assert_output '["les gymnases soient ouverts"]'
}

@test "extract-claims: a connective adverb between a cue and its infinitive or noun phrase is no part of the content (affirment cependant manquer de doses; dément pourtant toute ingérence; denied nonetheless any wrongdoing)" {
	run -0 claims fr "Plusieurs pharmaciens affirment cependant manquer de doses." '.content.text'
	assert_output '["manquer de doses"]'
	run -0 claims fr "Le gouvernement dément pourtant toute ingérence dans l'enquête." '.content.text'
	assert_output '["toute ingérence dans l'"'"'enquête"]'
	run -0 claims en "The supplier denied nonetheless any wrongdoing in the tender." '.content.text'
	assert_output '["any wrongdoing in the tender"]'
}

@test "extract-claims: a time said with no preposition between a cue and its complement is no part of the content (time_phrases: said last week the depot…, announced this week a plan…; a annoncé cette semaine la fermeture…, a dit hier vouloir…)" {
	run -0 claims en "The operator said last week the depot would close in March." '.content.text'
	assert_output '["the depot would close in March"]'
	run -0 claims en "The council announced this week a plan to plant 2,000 trees." '.content.text'
	assert_output '["a plan to plant 2,000 trees"]'
	run -0 claims fr "La rectrice a annoncé cette semaine la fermeture de deux collèges." '.content.text'
	assert_output '["la fermeture de deux collèges"]'
	run -0 claims fr "Le maire a dit hier vouloir rouvrir la piscine." '.content.text'
	assert_output '["vouloir rouvrir la piscine"]'
	run -0 claims en "The mayor said today's vote was a disgrace." '.content.text'
	assert_output '["today'"'"'s vote was a disgrace"]'
}

@test "extract-claims: where that drops, a modal after the object's noun tells a clause as an auxiliary does (warned the costs could reach…, warned investors the plan may fail…; finite_marker()); not May, a month" {
	run -0 claims en "Analysts warned the repair costs could reach 40 million dollars." '.content.text'
	assert_output '["the repair costs could reach 40 million dollars"]'
	run -0 claims en "The regulator warned investors the fund may lose half its value." '.content.text'
	assert_output '["the fund may lose half its value"]'
	run -0 claims en "The mayor told residents the river might flood overnight." '.content.text'
	assert_output '["the river might flood overnight"]'
}

@test "extract-claims: a participle that is never a finite verb, alone after its noun, is an adjective or a passive's, no cue (adjectival_participles: Trois ans de prison requis contre…; L'aide promise aux éleveurs…); after its auxiliary it is one (a requis)" {
	run -0 claims fr "Incendie : trois ans de prison requis contre l'ancien gérant" '.cue.text'
	assert_output '[]'
	run -0 claims fr "L'aide promise aux éleveurs n'est toujours pas arrivée." '.cue.text'
	assert_output '[]'
	run -0 claims fr "Le parquet a requis trois ans de prison contre l'ancien gérant." '[.cue.text, .content.text]'
	assert_output '[["a requis","trois ans de prison contre l'"'"'ancien gérant"]]'
}

@test "extract-claims: an aside with a modal is a predicate, not a subject's apposition: the cue after it is inverted (Le chômage, lui, devrait remonter…, prévient l'institut; The dollar, too, could fall further, said analysts…; modal_verbs)" {
	run -0 claims_tagged fr "Le chômage, lui, devrait remonter légèrement en fin d'année, prévient l'institut." '[.source.text, .content.text]'
	assert_output '[["l'"'"'institut","Le chômage, lui, devrait remonter légèrement en fin d'"'"'année"]]'
	run -0 claims_tagged fr "Les loyers, eux, pourraient baisser, estime la fédération." '.content.text'
	assert_output '["Les loyers, eux, pourraient baisser"]'
	run -0 claims_tagged en "The dollar, too, could fall further, said analysts at the bank." '[.source.text, .content.text]'
	assert_output '[["analysts","The dollar, too, could fall further"]]'
}

@test "extract-claims: where a person speaks from, after the source's comma, may name an acronym the tagger does not know: no part of the content (Selon Paul Verdier, de l'OFCE, …; According to Ruth Mallory, of the CRPQ, …)" {
	run -0 claims_tagged fr "Selon Paul Verdier, de l'OFCE, les loyers vont continuer à monter." '.content.text'
	assert_output '["les loyers vont continuer à monter"]'
	run -0 claims_tagged en "According to Ruth Mallory, of the CRPQ, rents will keep rising." '.content.text'
	assert_output '["rents will keep rising"]'
}

@test "extract-claims: a naming's quoted name before an object a quantifier opens, as before one a determiner opens (juge « inacceptable » toute tricherie; a jugé « irresponsable » l'appel…); French only, English names after its object" {
	run -0 claims fr "L'entraîneur juge « inacceptable » toute forme de dopage." '.content.text'
	assert_output '["« inacceptable » toute forme de dopage"]'
	run -0 claims fr "Le syndicat a jugé « irresponsable » chaque nouvelle hausse des tarifs." '.content.text'
	assert_output '["« irresponsable » chaque nouvelle hausse des tarifs"]'
}

@test "extract-claims: a denial of a possibility takes its noun phrase as content, not as a claim referred back (possibility: ruled out a tax rise, but ruled out intervention; a écarté une hausse des impôts); a noun that only refers back stays none (a écarté cette hypothèse, ruled out that option)" {
	run -0 claims en "The treasurer ruled out a rise in council tax." '[.kind, .cue.text, .content.text]'
	assert_output '[["denial","ruled out","a rise in council tax"]]'
	run -0 claims en "The minister said he was following the strike closely but ruled out any intervention by the state." '[.cue.text, .content.text]'
	assert_output '[["said","he was following the strike closely"],["ruled out","any intervention by the state"]]'
	run -0 claims fr "La trésorière a écarté une hausse de la taxe foncière." '[.kind, .content.text]'
	assert_output '[["denial","une hausse de la taxe foncière"]]'
	run -0 claims fr "La trésorière a écarté cette hypothèse." '.content.text'
	assert_output '[]'
	run -0 claims en "The treasurer ruled out that option." '.content.text'
	assert_output '[]'
}

@test "extract-claims: a cue's form in a quotation tells the speaker's denial only in the sense the words after it give it (\"We ruled out nothing\": ruled out; \"the rules\": none)" {
	run -0 claims en '"The old rules no longer apply to this market," the analyst said.' '.kind'
	assert_output '["assertion"]'
	run -0 claims en '"We have ruled out nothing," the minister said.' '.kind'
	assert_output '["denial"]'
}

@test "extract-claims: a cue's form that is its noun's plural after a word that counts many is that noun, no end to the subject it is in (A group of 12 states sued…, alleging; French writes its verbs' plural apart, -ent)" {
	run -0 claims en "A coalition of 14 states sued the distributor on Monday, alleging that it ignored suspicious orders." '.source.text'
	assert_output '["A coalition of 14 states"]'
	run -0 claims en "Voters in all five states say they feel ignored." '[.source.text, .cue.text]'
	assert_output '[["Voters in all five states","say"]]'
}

@test "extract-claims: an aside that a noun's prepositional phrase opens is an adjunct of the content, no apposition to a subject, before an inverted cue (prepositional_locutions: L'usine fermera, faute de commandes, a annoncé la direction; …, thanks to new orders, the company announced)" {
	run -0 claims_tagged fr "Les urgences fermeront la nuit, faute de médecins, a annoncé mardi l'agence régionale de santé." '[.source.text, .content.text]'
	assert_output '[["l'"'"'agence régionale de santé","Les urgences fermeront la nuit, faute de médecins"]]'
	run -0 claims fr "La ligne rouvrira en juin, grâce à de nouveaux crédits, a indiqué la région." '.source.text'
	assert_output '["la région"]'
	run -0 claims en "The line will reopen in June, thanks to new funding, the region said." '.source.text'
	assert_output '["the region"]'
}

@test "extract-claims: after avant de, an infinitive cue reads as a gerund does, its source the clause's subject (infinitive_gerunds: La fédération a menacé…, avant d'ajouter qu'elle…; English gerunds end in -ing: before adding that…)" {
	run -0 claims fr "La fédération a menacé de bloquer les ports, avant d'ajouter qu'elle restait prête à négocier." '[.source.text, .cue.text, .content.text]'
	assert_output '[["La fédération","a menacé","de bloquer les ports"],["La fédération","avant d'"'"'ajouter","elle restait prête à négocier"]]'
	run -0 claims en "The federation threatened to block the ports, before adding that it remained ready to negotiate." '[.source.text, .cue.text, .content.text]'
	assert_output '[["The federation","threatened","to block the ports"],["The federation","before adding","it remained ready to negotiate"]]'
	run -0 claims fr "Le maire a salué les bénévoles avant de partir." '.cue.text'
	assert_output '[]'
}

@test "extract-claims: an object relative's claim, that before its source and its content opening with its verb, is a claim of its own nested in the content it stands in (a plan that critics said would push…); a cue whose content has its own subject stays words of the content (the sum he says he raised)" {
	run -0 claims en "The council announced a tax that critics said would drive shops away." '[.source.text, .content.text]'
	assert_output '[["The council","a tax that critics said would drive shops away"],["critics","would drive shops away"]]'
	run -0 claims en "He said that the sum he says he raised was spent." '.source.text'
	assert_output '["He"]'
}

@test "extract-claims: a cue's form after a quantifier of denial inside its clause is a noun, no reported claim and no kind of its own (n'avoir reçu aucune menace; had not received any warning); a subject's quantifier leaves a verb (que tout indique…)" {
	run -0 claims fr "Le propriétaire affirme n'avoir reçu aucune menace ces derniers mois." '.kind'
	assert_output '["assertion"]'
	run -0 claims en "The owner said he had not received any warning from the police." '.kind'
	assert_output '["assertion"]'
}

@test "extract-claims: a phrase of the medium after a content's last comma, running to the sentence's end, is where it was said, no part of the content (…, dans un entretien au Journal du dimanche; …, in an interview with the BBC)" {
	run -0 claims fr "La ministre a assuré que les pensions seraient épargnées, dans un entretien accordé au Parisien." '.content.text'
	assert_output '["les pensions seraient épargnées"]'
	run -0 claims en "The minister said pensions would be spared, in an interview with the BBC." '.content.text'
	assert_output '["pensions would be spared"]'
	run -0 claims en "The minister said the rules were unfair to people in prison." '.content.text'
	assert_output '["the rules were unfair to people in prison"]'
}

@test "extract-claims: an agentless passive cue inside another's indirect content is nested there, its subject a word of that content, which it does not cut (said the teams had been told to…; a affirmé que les équipes avaient été informées que…; Residents were told…, officials said)" {
	run -0 claims en "Two employees said the support teams had been told to expect deep reductions." '[.cue.text, .content.text]'
	assert_output '[["said","the support teams had been told to expect deep reductions"],["had been told","to expect deep reductions"]]'
	run -0 claims fr "Deux salariés ont affirmé que les équipes avaient été informées que des suppressions de postes arriveraient." '[.cue.text, .content.text]'
	assert_output '[["ont affirmé","les équipes avaient été informées que des suppressions de postes arriveraient"],["avaient été informées","des suppressions de postes arriveraient"]]'
	run -0 claims en "Residents were told to leave their homes, officials said." '[.cue.text, .content.text]'
	assert_output '[["were told","to leave their homes"],["said","Residents were told to leave their homes"]]'
	run -0 claims fr "Les habitants ont été informés que l'eau serait coupée, a indiqué la mairie." '[.cue.text, .content.text]'
	assert_output '[["ont été informés","l'"'"'eau serait coupée"],["a indiqué","Les habitants ont été informés que l'"'"'eau serait coupée"]]'
}

@test "extract-claims: a conditional after a complementizer inside the content agrees with the verb before it, no reporter's hedge; the content's own verb in the conditional is one (Selon X, le ministre a assuré qu'il démissionnerait; Selon X, le suspect aurait menti)" {
	run -0 claims fr "Selon Le Monde, le ministre a assuré qu'il démissionnerait." '[.cue.text, .hedged]'
	assert_output '[["Selon",false]]'
	run -0 claims fr "Les habitants ont été informés que l'eau serait coupée, a indiqué la mairie." '[.cue.text, .hedged]'
	assert_output '[["ont été informés",false],["a indiqué",false]]'
	run -0 claims fr "Selon la police, le suspect aurait menti." '[.cue.text, .hedged]'
	assert_output '[["Selon",true]]'
}

@test "extract-claims: the passive of a cue whose object is its addressee, before what the subject is to do, passes on an order or a warning, with no reporter's distance (were told to leave, were warned against returning, ont été avertis de rester); is said to keeps it, is assured of is no saying" {
	run -0 claims en "Residents were told to leave their homes." '[.kind, .cue.text, .content.text, .hedged]'
	assert_output '[["demand","were told","to leave their homes",false]]'
	run -0 claims en "Residents were warned against returning." '[.kind, .cue.text, .content.text, .hedged]'
	assert_output '[["warning","were warned","against returning",false]]'
	run -0 claims fr "Les habitants ont été avertis de rester chez eux." '[.kind, .cue.text, .content.text, .hedged]'
	assert_output '[["warning","ont été avertis","de rester chez eux",false]]'
	run -0 claims en "The minister is said to have resigned." '[.kind, .hedged]'
	assert_output '[["report",true]]'
	run -0 claims en "With these wins the senator is now assured of winning the nomination." '[.kind]'
	assert_output '[]'
}

@test "extract-claims: a bracket after an attribution's source that ends the sentence is the source's aside (its acronym), no content after it (…, selon le service d'incendie (SDIS).; …, according to the weather service (NWS).)" {
	run -0 claims fr "Un pompier a été blessé lors des opérations, selon le service départemental d'incendie et de secours (SDIS)." '[.source.text, .content.text]'
	assert_output '[["le service départemental d'"'"'incendie et de secours","Un pompier a été blessé lors des opérations"]]'
	run -0 claims en "A firefighter was injured on Sunday, according to the National Weather Service (NWS)." '[.source.text, .content.text]'
	assert_output '[["the National Weather Service","A firefighter was injured on Sunday"]]'
	run -0 claims fr "Un pompier a été blessé (à la main), selon les pompiers." '[.content.text]'
	assert_output '[["Un pompier a été blessé (à la main)"]]'
}

@test "extract-claims: a place's or an organisation's name, a title of capitalised words and a person's name open a sentence: the whole is the subject a participle's claim shares, a cue's form capitalised in the title a word of it (Colorado Secretary of State Jena Griswold welcomed…, saying; English: French puts the title first)" {
	run -0 claims_tagged en "Colorado Secretary of State Jena Griswold welcomed the verdict, saying it showed that the system worked." '[.source.text, .cue.text]'
	assert_output '[["Colorado Secretary of State Jena Griswold","saying"]]'
	run -0 claims_tagged en "Texas Attorney General Ken Paxton praised the ruling, saying it protected voters." '[.source.text, .cue.text]'
	assert_output '[["Texas Attorney General Ken Paxton","saying"]]'
	run -0 claims_tagged en "Riverside United manager Tom Keller praised the players, saying they had fought hard." '[.source.text, .cue.text]'
	assert_output '[["Riverside United manager Tom Keller","saying"]]'
}

@test "extract-claims: after a cue, a clause whose subject opens with a determiner and whose verb is in the past has begun without that: a that after it is its own, no complementizer of the cue's (said the method resembled that of…; said his family assumed that…; English drops that, French never)" {
	run -0 claims en "Cybersecurity experts said the method resembled that of a ransomware gang." '[.content.text]'
	assert_output '[["the method resembled that of a ransomware gang"]]'
	run -0 claims en "The lawyer said the family assumed that the adoption made him a citizen." '[.content.text]'
	assert_output '[["the family assumed that the adoption made him a citizen"]]'
	# a that right after the cue's object is still the cue's
	run -0 claims en "She told the reporters on Monday that the plan was dead." '[.content.text]'
	assert_output '[["the plan was dead"]]'
}

@test "extract-claims: claim in its other senses is no saying: responsibility or credit claimed with a noun phrase only (GUIDELINES), lives a disaster claims, a title or a seat won (not_objects); French revendiquer is no cue" {
	run -0 claims en "The group has claimed responsibility for the attack, and the mayor claimed credit for the arrests." '[.cue.text]'
	assert_output '[]'
	run -0 claims en "The storm claimed the lives of twelve people." '[.cue.text]'
	assert_output '[]'
	run -0 claims en "She claimed the election was stolen." '[.cue.text, .content.text]'
	assert_output '[["claimed","the election was stolen"]]'
	run -0 claims fr "Le groupe a revendiqué l'attentat." '[.cue.text]'
	assert_output '[]'
}

@test "extract-claims: a subject a negation opens denies that anyone speaks: negated speech, no claim (No official has said…, None of the officials said, Nobody claimed; not No 10's number); French puts ne in the group (Aucun responsable n'a affirmé)" {
	run -0 claims en "No official has said the plant will close, and none of the engineers said it would reopen." '[.cue.text]'
	assert_output '[]'
	run -0 claims en "Nobody has claimed the plant will close." '[.cue.text]'
	assert_output '[]'
	run -0 claims en "No 10 said the prime minister would attend." '[.source.text, .content.text]'
	assert_output '[["No 10","the prime minister would attend"]]'
	run -0 claims fr "Aucun responsable n'a affirmé que l'usine fermerait." '[.cue.text]'
	assert_output '[]'
}

@test "extract-claims: the words before an inverted cue start after their last colon or semicolon outside a quotation, as selon's do: a headline's rubric (Santé : les déserts progressent, alerte l'Ordre; Exclusive: The plant will close, the company said)" {
	run -0 claims fr "Santé : les déserts médicaux progressent, alerte l'Ordre des médecins." '[.content.text]'
	assert_output '[["les déserts médicaux progressent"]]'
	run -0 claims en "Exclusive: The plant will close in June, the company said." '[.content.text]'
	assert_output '[["The plant will close in June"]]'
	# a quotation's own colon is the quotation's
	run -0 claims fr "« Le constat est simple : nous manquons de moyens », a déclaré le maire." '[.content.text]'
	assert_output '[["Le constat est simple : nous manquons de moyens"]]'
}

@test "extract-claims: a claim whose source has an apposition starts at the source, so that a trailing preposition's content over it keeps the whole clause (Le secrétaire général, António Guterres, s'est dit choqué, selon son porte-parole; …, according to his spokesman)" {
	run -0 claims fr "Le secrétaire général, Jean Morel, s'est dit « profondément choqué », selon son porte-parole." '[.cue.text, .content.text]'
	assert_output '[["s'"'"'est dit","profondément choqué"],["selon","Le secrétaire général, Jean Morel, s'"'"'est dit « profondément choqué »"]]'
	run -0 claims en "The secretary-general, John Morel, said he was deeply shocked, according to his spokesman." '[.cue.text, .content.text]'
	assert_output '[["said","he was deeply shocked"],["according to","The secretary-general, John Morel, said he was deeply shocked"]]'
}

@test "extract-claims: a preposition of attribution right after an inverted claim's attribution reports the saying: its content is the whole, quotation and attribution, the claim nested in it (…, the minister said, according to two people present; « … », a déclaré le directeur, selon un enregistrement)" {
	run -0 claims en "The plan will fail, the minister said, according to two people present." '[.cue.text, .source.text, .content.text]'
	assert_output '[["said","the minister","The plan will fail"],["according to","two people present","The plan will fail, the minister said"]]'
	run -0 claims fr "Le plan va échouer, a dit le ministre, selon deux personnes présentes." '[.cue.text, .source.text, .content.text]'
	assert_output '[["a dit","le ministre","Le plan va échouer"],["selon","deux personnes présentes","Le plan va échouer, a dit le ministre"]]'
	run -0 claims en "\"The situation is serious,\" the finance chief told the meeting, according to a transcript seen by reporters." '[.cue.text, .content.text]'
	assert_output '[["told","The situation is serious"],["according to","\"The situation is serious,\" the finance chief told the meeting"]]'
	# an apposition to the source after it is what the preposition scopes over
	run -0 claims fr "« Nous avons gagné », a déclaré M. Dupont, arrivé deuxième selon les résultats." '[.cue.text, .content.text]'
	assert_output '[["a déclaré","Nous avons gagné"],["selon","arrivé deuxième"]]'
}

@test "extract-claims: a set phrase of how a thing was said (manner_phrases), quoted or not, before a cue's complement or at a content's end, is no part of the content; inside the speaker's quotation it is theirs (a condamné « avec la plus grande fermeté » l'attaque contre…; condemned the attack on… in the strongest terms)" {
	run -0 claims fr "Le ministre a condamné « avec la plus grande fermeté » l'attaque contre l'hôpital." '[.cue.text, .content.text]'
	assert_output '[["a condamné","l'"'"'attaque contre l'"'"'hôpital"]]'
	run -0 claims en "The minister condemned the attack on the hospital in the strongest terms." '[.cue.text, .content.text]'
	assert_output '[["condemned","the attack on the hospital"]]'
	run -0 claims en "The minister condemned in the strongest terms the attack on the hospital." '[.cue.text, .content.text]'
	assert_output '[["condemned","the attack on the hospital"]]'
	run -0 claims fr "« Je condamne cette attaque avec la plus grande fermeté », a déclaré le ministre." '[.content.text]'
	assert_output '[["Je condamne cette attaque avec la plus grande fermeté"]]'
}

@test "extract-claims: after a subject and an adverb set off by commas, a plain singular noun after a cue that takes a noun phrase is its object, no source after it (Democrats, however, urged caution); a plural, a quantifier, a name or a determiner after it speak (…, warned economists; …, warned one economist; …, a estimé le ministre)" {
	run -0 claims en "Democrats, for their part, urged caution, saying the governor deserved due process." '[.source.text, .cue.text, .content.text]'
	assert_output '[["Democrats","urged","caution"],["Democrats","saying","the governor deserved due process"]]'
	run -0 claims en "The plan will fail, warned economists." '[.source.text, .content.text]'
	assert_output '[["economists","The plan will fail"]]'
	run -0 claims en "The plan will fail, warned one economist." '[.source.text, .content.text]'
	assert_output '[["one economist","The plan will fail"]]'
	run -0 claims fr "Les démocrates, cependant, réclament une enquête." '[.source.text, .content.text]'
	assert_output '[["Les démocrates","une enquête"]]'
}

@test "extract-claims: an English verb whose lemma ends in ee keeps both before -ing (agreeing): tools/mkclaims's forms; French has no such ending" {
	run -0 claims en "The mayor resigned on Monday, agreeing that the plan had failed." '[.cue.text, .content.text]'
	assert_output '[["agreeing","the plan had failed"]]'
}

@test "extract-claims: noun phrases a coordinator joins, commas between them or not, from the sentence's start or its adverb's comma, are the whole subject (Le PS, LFI, les écologistes et les communistes ont annoncé…; The mayor and his deputy said…; However, two nurses and a doctor told…)" {
	run -0 claims fr "Le Parti socialiste, La France insoumise, les écologistes et les communistes ont annoncé le dépôt d'une motion." '[.source.text]'
	assert_output '[["Le Parti socialiste, La France insoumise, les écologistes et les communistes"]]'
	run -0 claims en "Labour, the Liberal Democrats and the Greens have announced a joint motion." '[.source.text]'
	assert_output '[["Labour, the Liberal Democrats and the Greens"]]'
	run -0 claims en "The mayor and his deputy said the clerk had deleted emails." '[.source.text]'
	assert_output '[["The mayor and his deputy"]]'
	run -0 claims fr "Le maire et son adjoint ont affirmé que le greffier avait effacé des courriels." '[.source.text]'
	assert_output '[["Le maire et son adjoint"]]'
	run -0 claims en "However, two nurses and a doctor told reporters the ward was full." '[.source.text]'
	assert_output '[["two nurses and a doctor"]]'
}

@test "extract-claims: threaten with a weapon is no saying (not_after_objects: threatened staff with a knife, a menacé le personnel avec un couteau): the claim around it is whole; a threat of an act stays a warning" {
	run -0 claims en "The suspect threatened staff with a knife, police said." '[.cue.text, .content.text]'
	assert_output '[["said","The suspect threatened staff with a knife"]]'
	run -0 claims fr "Le suspect a menacé le personnel avec un couteau, a indiqué la police." '[.cue.text, .content.text]'
	assert_output '[["a indiqué","Le suspect a menacé le personnel avec un couteau"]]'
	run -0 claims en "The union threatened a strike." '[.kind, .cue.text]'
	assert_output '[["warning","threatened"]]'
}

@test "extract-claims: croire savoir, what a medium believes it has learnt, is a cue of its own, a report, before its source (…, croit savoir Le Parisien); croire alone keeps its sense" {
	run -0 claims fr "Le groupe aurait versé une rançon, croit savoir Le Parisien." '[.kind, .cue.text, .source.text, .hedged]'
	assert_output '[["report","croit savoir","Le Parisien",true]]'
	run -0 claims fr "Le maire croit que le projet est mort." '[.kind, .cue.text]'
	assert_output '[["assertion","croit"]]'
}

@test "extract-claims: the impersonal passive of a cue before a complementizer, after a pronoun that is no one (expletive_pronouns), is a report with no source at a distance, an accusation where the cue accuses (It is alleged that…, It was reported on Monday that…, Il a été rapporté que…); a referential il informed stays the addressee's" {
	run -0 claims en "It is alleged that the treasurer moved the funds." '[.kind, .source.text, .cue.text, .content.text, .hedged]'
	assert_output '[["accusation",null,"is alleged","the treasurer moved the funds",true]]'
	run -0 claims_tagged en "It was reported on Monday that the plant would close." '[.kind, .cue.text, .content.text, .hedged]'
	assert_output '[["report","was reported","the plant would close",true]]'
	run -0 claims fr "Il a été rapporté que l'usine fermerait." '[.kind, .cue.text, .content.text, .hedged]'
	assert_output '[["report","a été rapporté","l'"'"'usine fermerait",true]]'
	run -0 claims fr "Il a été informé que l'usine fermerait." '[.kind, .cue.text, .hedged]'
	assert_output '[["report","a été informé",false]]'
}

@test "extract-claims: after a trailing preposition's named person and its comma, a title running to the sentence's end is the source's, no content after it (…, selon Anne Carrère, économiste à l'Inrae.; …, according to Ann Carter, an economist at Iowa State University.)" {
	run -0 claims_tagged fr "Les prix pourraient remonter l'an prochain, selon Anne Carrère, économiste à l'Inrae." '[.source.text, .content.text]'
	assert_output '[["Anne Carrère","Les prix pourraient remonter l'"'"'an prochain"]]'
	run -0 claims_tagged en "Prices could rebound next year, according to Ann Carter, an agricultural economist at Iowa State University." '[.source.text, .content.text]'
	assert_output '[["Ann Carter","Prices could rebound next year"]]'
	# a clause after the person's comma is the content's second part
	run -0 claims_tagged fr "Les prix, selon Anne Carrère, pourraient remonter l'an prochain." '[.content.text]'
	assert_output '[["Les prix, selon Anne Carrère, pourraient remonter l'"'"'an prochain"]]'
}

@test "extract-claims: a refusal alone after a cue (refusals: said no, a dit non, a répondu non) answers, a denial; nothing, rien, is negated speech, no claim" {
	run -0 claims en "Asked whether he would resign, the minister said no." '[.kind, .cue.text, .content.text]'
	assert_output '[["denial","said","no"]]'
	run -0 claims fr "Interrogé sur sa démission, le ministre a répondu non." '[.kind, .cue.text, .content.text]'
	assert_output '[["denial","a répondu","non"]]'
	run -0 claims en "The minister said nothing." '[.cue.text]'
	assert_output '[]'
	run -0 claims fr "Le ministre n'a rien dit." '[.cue.text]'
	assert_output '[]'
}

@test "extract-claims: a party's label in brackets inside a preposition's person's title is the title's, no content (Pour Jean Dupont, maire (LR) de Lyon, « … »; According to Jane Roe, a (D) state senator, …)" {
	run -0 claims_tagged fr "Pour Jean Dupont, maire (LR) de Lyon, « la décision est incompréhensible »." '[.source.text, .content.text]'
	assert_output '[["Jean Dupont","la décision est incompréhensible"]]'
	run -0 claims_tagged en "According to Jane Roe, a (D) state senator from Ohio, the bill is dead." '[.source.text, .content.text]'
	assert_output '[["Jane Roe","the bill is dead"]]'
}

@test "extract-claims: a bare plural with words that modify it, after an inverted content, is its source (…, state health officials said Friday, making it…; …, county election workers said); French puts a determiner there" {
	run -0 claims_tagged en "The number of cases has risen to 58, state health officials said Friday, making it one of the largest outbreaks." '[.source.text, .content.text]'
	assert_output '[["state health officials","The number of cases has risen to 58"]]'
	run -0 claims_tagged en "Turnout was higher than in 2020, county election workers said, adding that lines were short." '[.source.text, .content.text]'
	assert_output '[["county election workers","Turnout was higher than in 2020"],["county election workers","lines were short"]]'
}

@test "extract-claims: a name of capitalised words before its apposition speaks, whatever the tagger made of its first word (Workers United, the union that…, said; Réseau Action Climat, la fédération qui…, a estimé)" {
	run -0 claims_tagged en "Workers United, the union that represents baristas, said it had not been consulted. Once again, workers learnt it from the press." '.source.text'
	assert_output '["Workers United"]'
	run -0 claims_tagged fr "Réseau Action Climat, la fédération qui regroupe les associations, a estimé que le texte était insuffisant. Le réseau des associations a protesté." '.source.text'
	assert_output '["Réseau Action Climat"]'
}

@test "extract-claims: an adverb phrase of time or frequency between the auxiliary and the cue is the group's, not the subject's (has since said, have in the past argued; a depuis affirmé, a à plusieurs reprises nié, a par le passé estimé)" {
	run -0 claims en "The minister has since said that the plan would fail. Her allies have in the past argued that it was too costly." '[.source.text, .cue.text]'
	assert_output '[["The minister","has since said"],["Her allies","have in the past argued"]]'
	run -0 claims fr "Le ministre a depuis affirmé que le plan échouerait. Ses alliés ont par le passé estimé qu'il coûtait trop cher." '[.source.text, .cue.text]'
	assert_output '[["Le ministre","a depuis affirmé"],["Ses alliés","ont par le passé estimé"]]'
}

@test "extract-claims: after an adverb phrase the cue's (for his part, at one point, in the strongest terms), the comma before the quotation it introduces is no part of the content (saying at one point, \"…\")" {
	run -0 claims en 'Mr. Cruz grew more combative, saying at one point, "The answer is not to shout."' '[.source.text, .content.text]'
	assert_output '[["Mr. Cruz","The answer is not to shout."]]'
	run -0 claims en 'The senator said for his part, "We will not give in."' '.content.text'
	assert_output '["We will not give in."]'
}

@test "extract-claims: an inverted cue after a clause that is a claim of its own, its subject the source, reports that clause whole (Engineers concluded that…, officials said; Les ingénieurs ont conclu que…, a indiqué la Nasa)" {
	run -0 claims_tagged en "Engineers concluded that the capsule can fly safely, officials said." '[.source.text, .content.text]'
	assert_output '[["Engineers","the capsule can fly safely"],["officials","Engineers concluded that the capsule can fly safely"]]'
	run -0 claims_tagged fr "Les ingénieurs ont conclu que la capsule pouvait voler sans danger, a indiqué la Nasa." '[.source.text, .content.text]'
	assert_output '[["Les ingénieurs","la capsule pouvait voler sans danger"],["la Nasa","Les ingénieurs ont conclu que la capsule pouvait voler sans danger"]]'
}

@test "extract-claims: after a preposition's person and its comma, how the reporter had them (cité par Le Monde, interrogé par Ouest-France, s'exprimant sous couvert d'anonymat; quoted by the Herald) is no part of the content" {
	run -0 claims_tagged fr "Selon Paul Durand, cité par Le Monde, les arrêtés relèvent de l'affichage." '[.source.text, .content.text]'
	assert_output '[["Paul Durand","les arrêtés relèvent de l'"'"'affichage"]]'
	run -0 claims_tagged fr "Pour le politologue Romain Lenoir, interrogé par Ouest-France, ces arrêtés relèvent surtout de l'affichage." '.content.text'
	assert_output '["ces arrêtés relèvent surtout de l'"'"'affichage"]'
	run -0 claims_tagged fr "Selon un responsable, s'exprimant sous couvert d'anonymat, les arrêtés relèvent de l'affichage." '.content.text'
	assert_output '["les arrêtés relèvent de l'"'"'affichage"]'
	run -0 claims_tagged en "According to Jane Roe, quoted by the Herald, the bans are mostly for show." '.content.text'
	assert_output '["the bans are mostly for show"]'
}

@test "extract-claims: an aside at a content's end on what the source left unsaid is the reporter's (withheld_phrases: …, sans en préciser le montant; …, without saying how much); inside the speaker's quotation it stays" {
	run -0 claims fr "Le ministre a promis que des aides seraient débloquées, sans en préciser le montant." '.content.text'
	assert_output '["des aides seraient débloquées"]'
	run -0 claims en "The company said it would cut jobs, without giving a number." '.content.text'
	assert_output '["it would cut jobs"]'
	run -0 claims fr "« Nous agirons, sans préciser quand », a-t-il dit." '.content.text'
	assert_output '["Nous agirons, sans préciser quand"]'
}

@test "extract-claims: a date between the cue and a complement that a number opens is no part of it (a requis mardi huit ans de prison; demanded Monday 5,000 new hires)" {
	run -0 claims_tagged fr "Le parquet a requis mardi huit ans de prison contre l'accusée." '.content.text'
	assert_output '["huit ans de prison contre l'"'"'accusée"]'
	run -0 claims_tagged en "The union demanded Monday 5,000 new hires." '.content.text'
	assert_output '["5,000 new hires"]'
}

@test "extract-claims: a first person clitic after a noun subject is its object, no act of the speaker's (« Les commerçants nous alertent… »: an assertion); after a comma or at the start it is the subject (« Aujourd'hui, nous demandons… »: a demand)" {
	run -0 claims fr "« Les commerçants nous alertent chaque semaine sur les vols », a-t-il affirmé." '.kind'
	assert_output '["assertion"]'
	run -0 claims fr "« Aujourd'hui, nous demandons le retrait du texte », a-t-il affirmé." '.kind'
	assert_output '["demand"]'
}

@test "extract-claims: a noun phrase's content ends before a second verb of the cue's subject (salue le retour des épreuves mais s'inquiète de…; condemned the bill's passage but thanked the senators), not inside a relative (who was born and raised in Cuba) nor at a participle that is an adjective (and reduced hours)" {
	run -0 claims fr "La fédération salue le retour des épreuves en juin mais s'inquiète de la charge de travail." '.content.text'
	assert_output '["le retour des épreuves en juin"]'
	run -0 claims en "Rights groups condemned the bill's passage but thanked the senators who held it up." '.content.text'
	assert_output '["the bill'"'"'s passage"]'
	run -0 claims en "The firm announced the closure of two plants and reduced hours at a third." '.content.text'
	assert_output '["the closure of two plants and reduced hours at a third"]'
	run -0 claims en "Trump accused Rafael Cruz, who was born and raised in Cuba, of meeting Oswald." '.content.text'
	assert_output '["Rafael Cruz, who was born and raised in Cuba, of meeting Oswald"]'
}

@test "extract-claims: in a relative with no relative pronoun, the content opening with a verb, the noun before the cue speaks, not the clause before it (the rifle police say was used; a figure analysts said was too low); French always writes que" {
	run -0 claims en "He owned the rifle police say was used in the attack." '[.source.text, .content.text]'
	assert_output '[["police","was used in the attack"]]'
	run -0 claims en "It was a figure the analysts said was too low." '.source.text'
	assert_output '["the analysts"]'
}

@test "extract-claims: after a determiner and adjectives written before their noun (prenominal_adjectives), a cue's form is a noun (une forte demande, la nouvelle annonce); after a noun it is its subject's verb (le gouvernement demande); English shows it by the bare form (a strong demand)" {
	run -0 claims fr "Les prix montent, portés par une forte demande asiatique. La nouvelle annonce du ministre a surpris." '.cue.text'
	assert_output '[]'
	run -0 claims fr "Le gouvernement demande un effort aux collectivités." '.cue.text'
	assert_output '["demande"]'
	run -0 claims en "Prices rose on a strong demand from Asia." '.cue.text'
	assert_output '[]'
}

/**
 * "hair" set. Messages about hair, nails and teeth: hair loss, brittle or missing nails, unusual hair, missing or
 * weak teeth, in rare conditions and from medicines. Written by someone who had read neither the understanding or
 * retrieval code nor any earlier set, following the labeling guide (src/understand/README.md) and checking only
 * that each focus is a name the knowledge base holds. Scored once, before any change made for it (focus 1.000,
 * type F1 0.920). Scored by hair.test.ts and by `npx tsx test/understand/support/score-messages.ts --hair
 * --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const HAIR_MESSAGES: ConsumerMessage[] = [
  // why: "what is monilethrix" asks only for an overview
  {
    message: 'what is monilethrix',
    focus: 'monilethrix',
    types: ['information'],
  },
  // why: "will it grow out as she gets older" asks the course; "anything we can do" asks treatment
  {
    subject: "My daughter's hair won't grow",
    message:
      'Our daughter is 3 and her hair has never grown past her ears. It comes out in clumps when you brush it, without hurting her at all. The dermatologist pulled a few hairs, looked under the microscope and said it is loose anagen syndrome. Will it grow in normally as she gets older? And is there anything we can do in the meantime to help it?',
    focus: 'loose anagen syndrome',
    types: ['prognosis', 'treatment'],
  },
  // why: "is it hereditary" asks inheritance; "keep spreading until I lose everything" asks the course; "what treatments" asks treatment
  {
    message:
      "Hi, I'm 34 and three months ago my hairdresser found a bald coin-sized patch at the back of my head. Now there are four of them and my eyebrow is thinning on one side. My GP says alopecia areata. My grandmother wore a wig all her life and nobody ever talked about why. Is alopecia areata hereditary? Will it keep spreading until I lose all my hair? And what treatments are actually worth trying, I've seen steroid injections and some new pills mentioned online.",
    focus: 'alopecia areata',
    types: ['inheritance', 'prognosis', 'treatment'],
  },
  // why: asks whether erection problems come from Propecia, a side effect
  {
    subject: 'propecia',
    message:
      'does propecia cause erection problems that stay even after you stop taking it? been reading scary stuff on forums',
    focus: 'propecia',
    types: ['side_effects'],
  },
  // why: "do I have to use it forever" asks about stopping (drug_usage); "ok while breastfeeding" asks a precaution
  {
    message:
      "I started Rogaine foam for thinning at my part after my first baby. Two questions: do I have to keep using it forever or can I stop once the hair comes back? And is it ok to use while I'm still breastfeeding?",
    focus: 'Rogaine',
    types: ['drug_usage', 'contraindications'],
  },
  // why: dentures age asks treatment; next baby asks inheritance; heat at daycare asks daily life; support group asks find_specialist
  {
    subject: 'Son with hypohidrotic ectodermal dysplasia - so many questions',
    message:
      "Our son Mateo is 2 1/2. As a baby he kept getting high fevers nobody could explain, he hardly had any hair and his teeth when they finally came were only four, all pointed like little pegs. Last month a geneticist told us he has hypohidrotic ectodermal dysplasia and that he can't sweat properly. We are still taking it all in. At what age can he get dentures or implants so he can chew and not be teased? What are the chances our next baby will have it too, we would like another child. He starts daycare in the summer, how do we keep him safe from overheating there? And is there a group of families with this, we feel very alone. Thank you so much.",
    focus: 'hypohidrotic ectodermal dysplasia',
    types: ['treatment', 'inheritance', 'lifestyle', 'find_specialist'],
  },
  // why: "what can be done to fix her teeth" asks treatment only
  {
    message:
      'our dentist says my 7 year old has amelogenesis imperfecta. her new front teeth came in yellow brown and the enamel is chipping off already, she hides her smile in photos. what can be done to fix her teeth',
    focus: 'amelogenesis imperfecta',
    types: ['treatment'],
  },
  // why: link to brittle bone disease asks an association; "which gene" asks genetic_changes
  {
    message:
      'Is dentinogenesis imperfecta linked to brittle bone disease? My husband and our son both have the see-through grey teeth that wear down fast, but no broken bones. Also which gene is it?',
    focus: 'dentinogenesis imperfecta',
    types: ['association', 'genetic_changes'],
  },
  // why: "could this be pachyonychia congenita" asks whether signs fit, diagnosis
  {
    subject: 'thick nails since childhood',
    message:
      "I'm 41. All 20 of my nails have been thick, hard and curved up since I was a toddler, I have to file them with a dremel. I also get very painful calluses on the soles of my feet that make walking hard in summer, and little bumps around my elbows. My mom had the same nails. Could this be pachyonychia congenita? No doctor has ever given it a name.",
    focus: 'pachyonychia congenita',
    types: ['diagnosis'],
  },
  // why: "can it damage my kidneys" asks complications; "should my kids be checked" asks testing relatives, diagnosis
  {
    message:
      "I was diagnosed with nail-patella syndrome as a teenager (no thumbnails, tiny kneecaps that slip out). I've now read it can damage the kidneys. Is that true and how would I know? And should my two kids be checked for it even though their nails look normal?",
    focus: 'nail-patella syndrome',
    types: ['complications', 'diagnosis'],
  },
  // why: asks life expectancy only
  {
    subject: 'Menkes disease',
    message:
      'Our grandson was just diagnosed with Menkes disease at 4 months old. His hair is short and steely and twisted, and he has started having seizures. The doctors are careful with their words. Please tell us honestly, what is the life expectancy for boys with Menkes disease?',
    focus: 'Menkes disease',
    types: ['prognosis'],
  },
  // why: "will it go away" asks the course; "is there a test" asks diagnosis
  {
    message:
      "My toddler's hair is silvery blond and frizzy and sticks straight out from her head, it can't be combed flat no matter what. People stop us in the street. A friend who is a nurse said uncombable hair syndrome. Is there a test to confirm it? Does it get better when she's older??",
    focus: 'uncombable hair syndrome',
    types: ['diagnosis', 'prognosis'],
  },
  // why: asks how to treat it in a teenager, treatment only
  {
    message:
      'My 14 yr old daughter has been pulling out her hair for about a year, at first only at night, now also her eyelashes and eyebrows. She has a bald spot she hides with a headband. Her pediatrician called it trichotillomania. How is trichotillomania treated in teenagers, is it therapy or medication or both?',
    focus: 'trichotillomania',
    types: ['treatment'],
  },
  // why: "is it the methotrexate" asks a side effect; wine with it asks interaction
  {
    message:
      'Been on methotrexate 15 mg weekly for rheumatoid arthritis since spring and my hair is coming out in the shower a lot more than normal. Is it the methotrexate doing that? Also, is one glass of wine on a saturday really off limits with it',
    focus: 'methotrexate',
    types: ['side_effects', 'interactions'],
  },
  // why: "what causes it" asks cause; "linked to sunscreen" asks an association with an exposure; "will it grow back" asks outlook
  {
    subject: 'Receding hairline at 58 - frontal fibrosing alopecia',
    message:
      'Over the last two years my hairline has moved back almost 3 cm and my eyebrows have nearly gone. A biopsy showed frontal fibrosing alopecia (FFA). I am a woman and no one in my family has anything like it. What causes this? I keep reading that it might be linked to sunscreen and face creams, I have used a moisturiser with SPF every day for twenty years, is there really a link? And will any of the hair grow back or is it gone for good?',
    focus: 'frontal fibrosing alopecia',
    types: ['cause', 'association', 'prognosis'],
  },
  // why: "which gene" asks genetic_changes only
  {
    message:
      'Which gene is responsible for dyskeratosis congenita? My nephew has the nail and skin changes and they want to test the family.',
    focus: 'dyskeratosis congenita',
    types: ['genetic_changes'],
  },
  // why: "how is it diagnosed" asks diagnosis; "is there treatment" asks treatment
  {
    message:
      'My son lost 3 baby teeth before he turned 2, and the roots were still on them, nothing knocked them out. The pediatric dentist mentioned hypophosphatasia and wants us to see a specialist. How is hypophosphatasia diagnosed? Is there any treatment if he has it?',
    focus: 'hypophosphatasia',
    types: ['diagnosis', 'treatment'],
  },
  // why: asks whether the hair change comes from Depakote, a side effect
  {
    subject: 'depakote and hair',
    message:
      'my son (16) is on depakote for his seizures since january and his hair has gone really thin and it has turned curly, it was always straight. is that from the medicine',
    focus: 'depakote',
    types: ['side_effects'],
  },
  // why: "did I pass it / chances for a next daughter" asks inheritance; eyes asks complications; missing teeth asks treatment
  {
    message:
      'Our daughter was born with blisters in lines on her legs and arms that later turned into brown swirls. She was diagnosed with incontinentia pigmenti. Now at 3 she has a bald patch on the crown and only a few teeth, and the ones she has are cone shaped. I have some pale streaks on my shins and I lost several teeth young, so I wonder if I passed this to her? If we have another girl what are the chances she has it? Can it affect her eyes later on? And what can be done about her missing teeth?',
    focus: 'incontinentia pigmenti',
    types: ['inheritance', 'complications', 'treatment'],
  },
  // why: "how rare is it" asks frequency only
  {
    message:
      'My son has cleidocranial dysplasia, he has extra teeth in his jaw that never came through and his shoulders can almost touch in front. We have never met anyone else with it. How rare is cleidocranial dysplasia?',
    focus: 'cleidocranial dysplasia',
    types: ['frequency'],
  },
  // why: "what exactly is it" asks information; "how is it passed on" asks inheritance
  {
    message:
      'Our newborn has red peeling skin all over and her hair, the little she has, snaps off. The dermatologist looked at a hair under the microscope and suspects Netherton syndrome. What exactly is Netherton syndrome, and how is it passed on? Neither of us has any skin problems.',
    focus: 'Netherton syndrome',
    types: ['information', 'inheritance'],
  },
  // why: "what is it" asks information; "how long do children live" asks outlook; sun at school asks daily life
  {
    subject: 'trichothiodystrophy',
    message:
      'hello, my niece was diagnosed with trichothiodistrophy (sorry if spelling wrong) after they saw her hair has tiger stripes under polarized light. she is small for her age and her nails are brittle. what is this condition? do children with it live a normal lifespan? and does she have to stay out of the sun at school, someone said some types are sensitive to sunlight',
    focus: 'trichothiodystrophy',
    types: ['information', 'prognosis', 'lifestyle'],
  },
  // why: "will it grow back after I finish" asks about a side effect; biotin with it asks interaction
  {
    message:
      "3 months into Accutane and my hair is noticeably thinner. Will it grow back once I finish the course? And can I take biotin gummies while I'm on it or does that clash",
    focus: 'Accutane',
    types: ['side_effects', 'interactions'],
  },
  // why: asks whether it is inherited from the father's side, inheritance only
  {
    message:
      "I'm a 27 year old woman and my part is widening, the dermatologist says androgenetic alopecia. My mum has thick hair but my dad and his sisters all have thin hair. Is androgenetic alopecia passed down through the father's side?",
    focus: 'androgenetic alopecia',
    types: ['inheritance'],
  },
  // why: "is there a drug" asks treatment; "any trials" asks research; "how long do children live" asks prognosis
  {
    message:
      'My grandson is 20 months old. He has lost all his hair, even his eyebrows, his skin is tight and his baby teeth are coming in late and crowded. Last week they told us it is progeria. I had never heard of it. Is there any medicine that helps? Are there any studies or trials he could join? How long do children with progeria usually live? Sorry for all the questions, our family is in shock.',
    focus: 'progeria',
    types: ['treatment', 'research', 'prognosis'],
  },
  // why: asks whether tamoxifen causes the thinning (side effect) and whether minoxidil can be used with it (interaction)
  {
    subject: 'Tamoxifen and thinning hair',
    message:
      'Is hair thinning a known side effect of tamoxifen? I am 8 months in after breast cancer and my ponytail is half what it was. Can I use minoxidil together with tamoxifen?',
    focus: 'tamoxifen',
    types: ['side_effects', 'interactions'],
  },
  // why: asks for doctors and families to connect with, find_specialist only
  {
    message:
      'Our baby girl was born with two teeth already, short arms and legs, an extra finger on each hand and tiny nails. The diagnosis is Ellis-van Creveld syndrome. Are there specialists who know this syndrome, or other families we could talk to? We live in a small town in Ohio.',
    focus: 'Ellis-van Creveld syndrome',
    types: ['find_specialist'],
  },
  // why: "what causes it" asks cause; "can my husband catch it" asks susceptibility; hydroxychloroquine working asks treatment
  {
    message:
      'Dx with lichen planopilaris last month after a biopsy. Burning itchy scalp and shiny bald patches on top. Is it an autoimmune thing, what actually causes it? Can my husband catch it from sharing a pillow? And does hydroxychloroquine really work for it, my derm wants to start me on it',
    focus: 'lichen planopilaris',
    types: ['cause', 'susceptibility', 'treatment'],
  },
  // why: "what is it / is it the same as ectodermal dysplasia" is an overview and sameness question, information
  {
    message: 'What is Witkop syndrome? Is it the same thing as ectodermal dysplasia or something different?',
    focus: 'Witkop syndrome',
    types: ['information'],
  },
  // why: "will he lose his adult teeth" asks the course; "what can be done to save them" asks treatment
  {
    message:
      'Our son is 5 and has already lost most of his baby teeth because of gum infections, and the skin on his palms and soles is thick and cracked. The diagnosis is Papillon-Lefevre syndrome. Will he lose all his permanent teeth too? What can be done to save them?',
    focus: 'Papillon-Lefevre syndrome',
    types: ['prognosis', 'treatment'],
  },
  // why: "is it used for alopecia / how does it work" asks indication; blood clots asks side effects
  {
    subject: 'Xeljanz for alopecia?',
    message:
      'My dermatologist suggested Xeljanz for my alopecia universalis. I thought it was an arthritis drug? How does it work for hair? And I read about blood clots with it, how big is that risk',
    focus: 'Xeljanz',
    types: ['indication', 'side_effects'],
  },
  // why: "is this normal" asks whether shedding is from the medicine; "before breakfast" asks timing, drug_usage
  {
    message:
      'started levothyroxine 3 months ago for an underactive thyroid and now my hair is shedding like crazy. is this normal with levothyroxine? also do i really have to take it on an empty stomach before breakfast, i keep forgetting',
    focus: 'levothyroxine',
    types: ['side_effects', 'drug_usage'],
  },
  // why: abscesses as part of XLH asks symptoms; daughter getting it asks inheritance; burosumab for adults asks treatment
  {
    subject: 'XLH and teeth',
    message:
      "I'm a 38 year old man with XLH (X-linked hypophosphatemia). I've had about ten dental abscesses in teeth without any cavities, my dentist was puzzled. Are tooth abscesses part of XLH? My wife is pregnant with a girl, will she get it from me? And is burosumab an option for adults or only kids?",
    focus: 'XLH',
    types: ['symptoms', 'inheritance', 'treatment'],
  },
  // why: "should I be tested for it" asks diagnosis only
  {
    message:
      'For about a year my fingernails and toenails have been yellow, thick and curved and they basically stopped growing. I also have swollen ankles and a cough that never clears up. Should I be tested for yellow nail syndrome?',
    focus: 'yellow nail syndrome',
    types: ['diagnosis'],
  },
  // why: cancer risk asks complications; how often to check her asks screening, diagnosis
  {
    message:
      'Our daughter has Rothmund-Thomson syndrome - the red rash on her cheeks, almost no eyebrows or eyelashes, small teeth. We were told about a higher risk of bone cancer. Is that true? And how often should she be checked for it, what kind of scans?',
    focus: 'Rothmund-Thomson syndrome',
    types: ['complications', 'diagnosis'],
  },
  // why: chance to pass it on asks inheritance; "which gene" asks genetic_changes; wig coverage asks other
  {
    subject: 'Clouston syndrome - planning a family',
    message:
      "I'm 29 and I have Clouston syndrome. I have no fingernails, very thin hair I've worn wigs since I was a teen, and thick skin on my palms. My partner and I want to start trying for a baby. What's the chance I'd pass it on? Which gene is it, so we can ask about testing? And does anyone know if insurance ever pays for wigs for this, they cost me a fortune.",
    focus: 'Clouston syndrome',
    types: ['inheritance', 'genetic_changes', 'other'],
  },
  // why: asks whether the nail changes come from paclitaxel (side effect) and whether the dose can be lowered (drug_usage)
  {
    message:
      "I'm on weekly paclitaxel for breast cancer. My fingernails have gone dark and two are lifting off the nail bed and they hurt. Is this from the paclitaxel? Could the dose be lowered to spare my nails or would that make it work less?",
    focus: 'paclitaxel',
    types: ['side_effects', 'drug_usage'],
  },
  // why: asks whether the son, who has it, will go bald as an adult: the course, prognosis
  {
    message:
      'I have Marie Unna hereditary hypotrichosis and was bald by my twenties. My son has it too, right now he has coarse wiry hair. Will he lose it all like me when he grows up',
    focus: 'Marie Unna hereditary hypotrichosis',
    types: ['prognosis'],
  },
  // why: asks whether spironolactone is safe when trying to get pregnant, a precaution
  {
    subject: 'spironolactone',
    message:
      'My doctor put me on spironolactone for hair loss and chin hair with PCOS. Is it safe to keep taking spironolactone while we are trying to get pregnant?',
    focus: 'spironolactone',
    types: ['contraindications'],
  },
  // why: outlook asks prognosis; scalp wound care asks treatment; studies asks research; family groups asks find_specialist
  {
    subject: 'Hay-Wells syndrome',
    message:
      'Our son was born with his eyelids partly stuck together and a cleft palate, and his scalp had raw open areas that kept getting infected. At 8 months they finally diagnosed Hay-Wells syndrome (AEC). Now his hair grows in sparse and wiry and his nails are thick. What is the long term outlook for kids with this? How should we care for the scalp wounds, nothing seems to heal them? Is anyone doing research on it? and are there other families or a foundation we could contact',
    focus: 'Hay-Wells syndrome',
    types: ['prognosis', 'treatment', 'research', 'find_specialist'],
  },
];

/**
 * "allergy" set. Messages about allergies and related conditions and their medicines (peanut allergy,
 * anaphylaxis, mastocytosis, hereditary angioedema, alpha-gal syndrome, chronic hives, epinephrine
 * auto-injectors, antihistamines). Written by someone who had read neither the understanding or retrieval code
 * nor any earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus
 * is a name the knowledge base holds. Scored once, before any change made for it (focus 0.975, type F1 0.824).
 * Scored by allergy.test.ts and by `npx tsx test/understand/support/score-messages.ts --allergy --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const ALLERGY_MESSAGES: ConsumerMessage[] = [
  {
    // "What are the chances the baby will have HAE too?" -> inheritance (chance a child has it)
    // "which gene is it that is faulty in our family?" -> genetic_changes (which gene)
    subject: 'HAE and pregnancy',
    message:
      'Hi, my mother and I both have hereditary angioedema. I just found out I am pregnant with ' +
      'our first baby. What are the chances the baby will have HAE too? And which gene is it that is ' +
      'faulty in our family? Thanks so much.',
    focus: 'hereditary angioedema',
    types: ['inheritance', 'genetic_changes'],
  },
  {
    // "what is mastocytosis" -> information (what the condition is)
    message: 'what is mastocytosis',
    focus: 'mastocytosis',
    types: ['information'],
  },
  {
    // "Is it still ok to use or do I have to throw it out and get a new one?" -> storage_disposal (heat
    // exposure, throwing it away)
    subject: 'epipen left in hot car',
    message:
      "I left my son's EpiPen in the car all afternoon and it was about 95 degrees out. Is it " +
      'still ok to use or do I have to throw it out and get a new one?',
    focus: 'EpiPen',
    types: ['storage_disposal'],
  },
  {
    // "Is the elimination diet the only treatment, or are there medicines?" -> treatment (therapies)
    // "Can he still have pizza and cake at birthday parties?" -> lifestyle (diet, daily life)
    // "will this get better as he grows up or is it lifelong?" -> prognosis (course)
    message:
      'My 8 yr old was diagnosed with EoE last month after a scope. Food keeps getting stuck in ' +
      'his throat and he is scared to eat. Is the elimination diet the only treatment, or are there ' +
      'medicines? Can he still have pizza and cake at birthday parties? And will this get better as he ' +
      'grows up or is it lifelong?',
    focus: 'eosinophilic esophagitis',
    types: ['treatment', 'lifestyle', 'prognosis'],
  },
  {
    // "Could that be from the Xolair?" -> side_effects (whether a problem comes from the medicine)
    message:
      'Started Xolair shots for my chronic hives 2 months ago and now my knees and wrists ache ' +
      'all the time. Could that be from the Xolair?',
    focus: 'Xolair',
    types: ['side_effects'],
  },
  {
    // "can a tick bite really cause a food allergy??" -> association (a named exposure asked as its cause)
    subject: 'tick bite and meat??',
    message:
      'my husband got bit by a tick while hunting in Virginia and now every time he eats a ' +
      'burger or steak he gets hives a few hours later. the alergist called it alpha gal, a type of ' +
      'food allergy. can a tick bite really cause a food allergy??',
    focus: 'food allergy',
    types: ['association'],
  },
  {
    // "Is there a test to find out if I am really allergic?" -> diagnosis (test to confirm it)
    // "Can a drug allergy like this go away over time?" -> prognosis (course, whether it resolves)
    // "does it run in families?" -> inheritance (whether it runs in families, son's chance)
    message:
      'My medical chart lists a drug allergy to penicillin from when I was a baby, but my mom ' +
      'says it was just a rash during an ear infection. Is there a test to find out if I am really ' +
      'allergic? Can a drug allergy like this go away over time? Also, does it run in families? My ' +
      'teenage son has never had penicillin and wants to know if he should avoid it.',
    focus: 'drug allergy',
    types: ['diagnosis', 'prognosis', 'inheritance'],
  },
  {
    // "Is it safe for her to take cephalexin with that allergy?" -> contraindications (precaution for
    // someone allergic to amoxicillin)
    message:
      'Hello. My daughter is allergic to amoxicillin, she got hives all over her body the last ' +
      'time. The dentist just prescribed cephalexin for a tooth infection. Is it safe for her to take ' +
      'cephalexin with that allergy?',
    focus: 'cephalexin',
    types: ['contraindications'],
  },
  {
    // "Was the throwing up part of the anaphylaxis?" -> symptoms (whether a sign belongs to it)
    // "What would have happened if we had not had the epipen?" -> complications (what happens untreated)
    // "How do we make sure this never happens again?" -> prevention (preventing further reactions)
    subject: 'anaphylaxis to cashews',
    message:
      'Last week my son (6) had anaphylaxis after eating a cookie with cashews in it. His lips ' +
      'swelled, he threw up twice and then started wheezing. We used his epi and called 911 and he is ' +
      'fine now. Was the throwing up part of the anaphylaxis? What would have happened if we had not ' +
      'had the epipen? How do we make sure this never happens again?',
    focus: 'anaphylaxis',
    types: ['symptoms', 'complications', 'prevention'],
  },
  {
    // "Could this be a latex allergy or is it just irritation ...?" -> diagnosis (whether signs could be it)
    // "Are nurses and other health workers more at risk of getting it?" -> susceptibility (who is at risk)
    // "will I have to leave the ICU or can I keep working there with precautions?" -> lifestyle (work)
    subject: 'rash from gloves at work',
    message:
      'Hi there. I have been an ICU nurse for 11 years and in the last few months my hands get ' +
      'red and itchy and little hives come up after a long shift. Last week my lips tingled after I ' +
      "blew up a balloon for my niece's party. Could this be a latex allergy or is it just irritation " +
      'from all the hand washing and sanitizer? Are nurses and other health workers more at risk of ' +
      'getting it? And if it is latex, will I have to leave the ICU or can I keep working there with ' +
      'precautions? I love my job and my patients and really do not want to start over somewhere else. ' +
      'Thank you for any help.',
    focus: 'latex allergy',
    types: ['diagnosis', 'susceptibility', 'lifestyle'],
  },
  {
    // "Is there even a reliable test for MCAS?" -> diagnosis (tests)
    // "Does anyone know a doctor in the Midwest who actually understands mast cell activation syndrome?"
    // -> find_specialist (doctors who know it)
    message:
      'Is there even a reliable test for MCAS? I have flushing, hives, stomach cramps and a ' +
      'racing heart and have seen 6 doctors who all say my labs are normal. Does anyone know a doctor ' +
      'in the Midwest who actually understands mast cell activation syndrome?',
    focus: 'mast cell activation syndrome',
    types: ['diagnosis', 'find_specialist'],
  },
  {
    // "can i take zyrtec twice a day?" -> drug_usage (dose, timing)
    // "is it ok with ibuprofen" -> interactions (with another medicine)
    message:
      'can i take zyrtec twice a day? once a day isnt lasting past dinner time. and is it ok ' +
      'with ibuprofen',
    focus: 'Zyrtec',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "is it ok to have a glass of wine after taking benadril" -> interactions (alcohol)
    message: 'is it ok to have a glass of wine after taking benadril',
    focus: 'Benadryl',
    types: ['interactions'],
  },
  {
    // "Will she outgrow it?" -> prognosis (course)
    // "Can it turn into leukemia or something like that later on?" -> complications (turning into another
    // condition)
    subject: 'brown spots on my baby',
    message:
      'My daughter is 10 months old and has about 20 brown spots on her tummy and back that puff ' +
      'up and get red when she scratches them. The dermatologist said it is urticaria pigmentosa. Will ' +
      'she outgrow it? Can it turn into leukemia or something like that later on?',
    focus: 'urticaria pigmentosa',
    types: ['prognosis', 'complications'],
  },
  {
    // "What can I take to stop the attacks before they happen?" -> prevention (preventing attacks)
    // "Are there any clinical trials for gene therapy for hereditary angioedema?" -> research (trials)
    // "is there any help with the cost?" -> other (insurance, costs)
    message:
      "Hi, I'm 34 and have HAE type 1. I'm getting swelling attacks in my hands, belly and " +
      "sometimes my face every 2 weeks, and I've missed so much work. What can I take to stop the " +
      'attacks before they happen? Are there any clinical trials for gene therapy for hereditary ' +
      'angioedema? Also my insurance denied the preventive medicine my doctor wanted, is there any help ' +
      'with the cost?',
    focus: 'hereditary angioedema',
    types: ['prevention', 'research', 'other'],
  },
  {
    // "can an ACE inhibitor really cause this after so long?" -> side_effects (whether the problem comes
    // from the medicine)
    // "Should he stay away from all the other pills in that family now?" -> contraindications (who should
    // not take it)
    subject: 'swelling from blood pressure pill',
    message:
      'My dad (71) woke up with his lips and tongue so swollen he could barely talk. The ER said ' +
      'it was angioedema from his ACE inhibitor, lisinopril. He has been on it for 5 years without a ' +
      'problem, can an ACE inhibitor really cause this after so long? Should he stay away from all the ' +
      'other pills in that family now?',
    focus: 'ACE inhibitor',
    types: ['side_effects', 'contraindications'],
  },
  {
    // "How common are food allergies in kids really?" -> frequency (how common)
    // "is it true that giving babies peanut butter early can stop them from getting one?" -> prevention
    // (preventing it)
    message:
      "It seems like every class at my son's school has a nut free table now. How common are " +
      'food allergies in kids really? And is it true that giving babies peanut butter early can stop ' +
      'them from getting one? I have a new baby at home.',
    focus: 'food allergies',
    types: ['frequency', 'prevention'],
  },
  {
    // "Is angioedema the same thing as hives?" -> information (whether two conditions are the same)
    message: 'Is angioedema the same thing as hives?',
    focus: 'angioedema',
    types: ['information'],
  },
  {
    // "What are the signs of anaphylaxis in a baby that young?" -> symptoms (signs)
    subject: 'starting solids',
    message:
      'We are starting eggs and peanut with our 7 month old next week. What are the signs of ' +
      'anaphylaxis in a baby that young?',
    focus: 'anaphylaxis',
    types: ['symptoms'],
  },
  {
    // "How does it work exactly?" -> indication (how a medicine works)
    // "How often does she need the shots?" -> drug_usage (timing)
    message:
      'My allergist wants to start my 14 year old on omalizumab for her asthma and multiple food ' +
      'allergies. How does it work exactly? How often does she need the shots?',
    focus: 'omalizumab',
    types: ['indication', 'drug_usage'],
  },
  {
    // "Could this be cold urticaria?" -> diagnosis (whether signs could be it)
    // "Is it safe for me to go swimming this summer?" -> lifestyle (daily life, swimming)
    message:
      'Every time I swim in the lake or hold a cold drink my hands and arms break out in big ' +
      'itchy welts. Could this be cold urticaria? Is it safe for me to go swimming this summer?',
    focus: 'cold urticaria',
    types: ['diagnosis', 'lifestyle'],
  },
  {
    // "what actually causes it?" -> cause (why it happens)
    // "how long after eating do i need to wait before running" -> lifestyle (exercise, diet)
    subject: 'only when I run',
    message:
      'allergist thinks I have food dependent excercise-induced anaphylaxis (happened twice on ' +
      'runs after lunch with wheat). what actually causes it? how long after eating do i need to wait ' +
      'before running',
    focus: 'exercise-induced anaphylaxis',
    types: ['cause', 'lifestyle'],
  },
  {
    // "Is that normal from the epinephrine?" -> side_effects (whether a problem comes from the medicine)
    message:
      'After I used my epi pen last night my heart was pounding and I was shaking for almost an ' +
      'hour. Is that normal from the epinephrine?',
    focus: 'epinephrine',
    types: ['side_effects'],
  },
  {
    // "Does the EpiPen contain sulfites?" -> ingredients (what it contains)
    // "can I still use it in an emergency?" -> contraindications (precaution for a sulfite-sensitive person)
    message:
      'Does the EpiPen contain sulfites? I react to sulfites in wine. If it does, can I still ' +
      'use it in an emergency?',
    focus: 'EpiPen',
    types: ['ingredients', 'contraindications'],
  },
  {
    // "Is there a cheaper generic or a coupon program?" -> other (cost)
    subject: 'cost',
    message:
      "We need 3 sets for school, home and grandma's and a 2-pack of epinephrine auto-injectors " +
      'is $650 at my pharmacy!! Is there a cheaper generic or a coupon program?',
    focus: 'epinephrine injection',
    types: ['other'],
  },
  {
    // "Is Claritin ok to take while breastfeeding?" -> contraindications (breastfeeding)
    message:
      'Is Claritin ok to take while breastfeeding? My hay fever is awful this spring and my son ' +
      'is 3 months.',
    focus: 'Claritin',
    types: ['contraindications'],
  },
  {
    // "how long before bed should i take it?" -> drug_usage (timing)
    // "will it make me groggy for work in the morning?" -> side_effects (drowsiness)
    message:
      'my doctor gave me hydroxyzine for the itching from my hives at night. how long before bed ' +
      'should i take it? will it make me groggy for work in the morning?',
    focus: 'hydroxyzine',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "Which gene is it?" -> genetic_changes (which gene)
    // "Can I pass this on to my kids?" -> inheritance (passing it to children)
    subject: 'mastocytosis and my kids',
    message:
      'I was diagnosed with mastocytosis last year. My hematologist mentioned a mutation in a ' +
      "gene but I didn't catch the name. Which gene is it? Can I pass this on to my kids?",
    focus: 'mastocytosis',
    types: ['genetic_changes', 'inheritance'],
  },
  {
    // "What is his life expectancy with this?" -> prognosis (life expectancy)
    // "What treatments are there for his symptoms?" -> treatment (therapies)
    // "Is there a center anywhere in the Northeast that specializes in mastocytosis?" -> find_specialist
    // (expert centers)
    message:
      'Hello, my father is 67 and was just diagnosed with systemic mastocytosis after a bone ' +
      'marrow biopsy. The doctors said it is the indolent type. He has flushing, diarrhea and bone ' +
      'pain. What is his life expectancy with this? What treatments are there for his symptoms? Is ' +
      'there a center anywhere in the Northeast that specializes in mastocytosis? Thank you so much, ' +
      'our family is very worried.',
    focus: 'mastocytosis',
    types: ['prognosis', 'treatment', 'find_specialist'],
  },
  {
    // "Is there a link between hay fever and asthma?" -> association (link between two conditions)
    message: 'Is there a link between hay fever and asthma? My son has both.',
    focus: 'hay fever',
    types: ['association'],
  },
  {
    // "what is causing it?" -> cause (why it happens)
    // "Will it ever go away on its own?" -> prognosis (course)
    subject: 'hives for 8 months',
    message:
      'I have had hives nearly every day for 8 months. My doctor calls it chronic urticaria. ' +
      'Every allergy test came back negative so what is causing it? Will it ever go away on its own?',
    focus: 'urticaria',
    types: ['cause', 'prognosis'],
  },
  {
    // "are hives contagous?" -> susceptibility (whether someone can catch it)
    message: 'are hives contagous? my coworker has them all over her arms',
    focus: 'hives',
    types: ['susceptibility'],
  },
  {
    // "Are the rest of us in the family more likely to get Stevens-Johnson syndrome from that drug too?"
    // -> inheritance (chance that relatives get it)
    // "Should we be tested before taking it?" -> diagnosis (whether relatives should be tested)
    message:
      'My sister nearly died from SJS after she started lamotrigine. Are the rest of us in the ' +
      'family more likely to get Stevens-Johnson syndrome from that drug too? Should we be tested ' +
      'before taking it?',
    focus: 'Stevens-Johnson syndrome',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "What is that exactly?" -> information (what the condition is)
    // "Is the vomiting part of it?" -> symptoms (whether a sign belongs to it)
    // "How do they check for it, is it a scope?" -> diagnosis (tests)
    message:
      'My daughter (12) has had belly pain, vomiting and weight loss for a year. The GI doctor ' +
      'mentioned eosinophilic gastroenteritis. What is that exactly? Is the vomiting part of it? How do ' +
      'they check for it, is it a scope?',
    focus: 'eosinophilic gastroenteritis',
    types: ['information', 'symptoms', 'diagnosis'],
  },
  {
    // "is it ok to take allegra with orange juice or apple juice?" -> interactions (with food)
    message: 'is it ok to take allegra with orange juice or apple juice? read somewhere you shouldnt',
    focus: 'Allegra',
    types: ['interactions'],
  },
  {
    // "What is cromolyn sodium used for?" -> indication (what a medicine is for)
    // "Do I drink it straight from the little ampule or mix it with water?" -> drug_usage (how to take it)
    message:
      'What is cromolyn sodium used for? My doctor wants me to take it before meals for my mast ' +
      'cell disease. Do I drink it straight from the little ampule or mix it with water?',
    focus: 'cromolyn sodium',
    types: ['indication', 'drug_usage'],
  },
  {
    // "Why does my latex allergy make my mouth itch when I eat bananas and avocado?" -> association (link
    // between the condition and a food exposure)
    message: 'Why does my latex allergy make my mouth itch when I eat bananas and avocado?',
    focus: 'latex allergy',
    types: ['association'],
  },
  {
    // "how rare is heredetary angioedema?" -> frequency (how rare)
    message: 'how rare is heredetary angioedema? ive never met anyone else that has it',
    focus: 'hereditary angioedema',
    types: ['frequency'],
  },
  {
    // "Was it the allopurinol that caused it?" -> association (a named exposure asked as its cause)
    // "can it leave lasting liver damage?" -> complications (other problems it leads to)
    // "How long does full recovery usually take?" -> prognosis (recovery, course)
    subject: 'recovering from DRESS',
    message:
      'I was in the hospital for 3 weeks with DRESS syndrome. I had started allopurinol for gout ' +
      'about 5 weeks before. Was it the allopurinol that caused it? The rash is gone but my liver ' +
      'numbers are still high, can it leave lasting liver damage? How long does full recovery usually ' +
      'take?',
    focus: 'DRESS syndrome',
    types: ['association', 'complications', 'prognosis'],
  },
  {
    // "Do I have to cut all dairy out of my own diet?" -> lifestyle (diet)
    // "Will she grow out of it?" -> prognosis (course)
    message:
      'My 4 month old has mucus and streaks of blood in her poop and the GP thinks it is cows ' +
      'milk allergy. I am breastfeeding. Do I have to cut all dairy out of my own diet? Will she grow ' +
      'out of it?',
    focus: "Cow's milk allergy",
    types: ['lifestyle', 'prognosis'],
  },
];

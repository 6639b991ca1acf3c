/**
 * "Forum" evaluation set: 40 hand-written messages in the style of posts from online patient forums,
 * Facebook groups, Reddit threads and phone chats that were forwarded to the desk. They are mostly
 * lower case with little punctuation, use abbreviations and slang (pls, u, ur, bc, idk, dr, rheum,
 * neuro, tbh, smh, lol, omg, ttc, dx), text emoticons (":("), doubled question marks, questions put
 * to "anyone" or "u guys", hashtags and forum-style subject lines ("[HELP] ...", "Newly dx with ...").
 * Conditions are often named by their abbreviations (POTS, EDS, CF, SMA, CMT, HAE, PKU, MS, T1D, PCOS,
 * RA) and medicine nicknames ("pred", "mtx") appear only next to the proper name. 26 messages are about
 * one condition (18 rare, 8 common), 4 name two conditions (EDS/POTS, celiac disease/T1D, Down
 * syndrome/Alzheimer disease, RA/heart disease) and 10 are about medicines. Four messages carry a
 * deliberate misspelling of the focus name ("myasthenia gravus", "fibromyalga", "gastroparisis",
 * "hydroxycloroquine"); the correct spellings are in the knowledge base. `types` lists one question
 * type per question asked, in the order asked, each type once.
 *
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, checking
 * only that each focus is a name the knowledge base holds. Scored once before anything was changed against
 * it: focus 1.000, type F1 0.609 (see BENCHMARKS.md). Scored by forum.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --forum --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FORUM_MESSAGES: ConsumerMessage[] = [
  // ---------------------------------------------------------------- conditions (rare)
  {
    // "is it normal to get tunnel vision when i stand" = whether a sign belongs to it; "what helped u guys" = treatment
    subject: '[HELP] newly dx with POTS at 19 :(',
    message:
      'hi all, got dx with POTS last week after a tilt table test. is it normal to get tunnel vision and go all shaky every single time i stand up in the shower?? and what actually helped u guys, the dr just said more salt and compression socks lol. tbh im scared',
    focus: 'POTS',
    types: ['symptoms', 'treatment'],
  },
  {
    // "is EDS something that runs in families" = inheritance; "how do they test for it" = diagnosis
    subject: "has anyone's kid been tested for EDS??",
    message:
      'my 8yo can bend her thumbs back to her wrist and bruises like crazy, her pediatrician mentioned ehlers-danlos. my husband is super bendy too so is EDS something that runs in families? and how do they even test for it, is it a blood test or just the bendy score thing? idk where to start',
    focus: 'EDS',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "how long do ppl w cf live" = prognosis; "any new trials or studies" = research
    message:
      'my nephew (6) has CF and my sister doesnt like talking about it. realistically how long do ppl w cf live nowadays?? and are there any new trials or studies for kids his age, i keep seeing stuff about new meds on tiktok',
    focus: 'CF',
    types: ['prognosis', 'research'],
  },
  {
    // "which gene is it" = genetic_changes; "any treatment or just comfort care" = treatment; "will she sit up" = prognosis
    subject: 'Newly dx with SMA type 1 - pls help',
    message:
      'our daughter is 3 months old, newborn screen came back positive and now its confirmed SMA type 1. the neurologist said something about a missing gene but i was crying and didnt catch it. which gene is it?? is there actually any treatment or is it just comfort care. and will she ever be able to sit up on her own. smh i cant stop googling',
    focus: 'SMA',
    types: ['genetic_changes', 'treatment', 'prognosis'],
  },
  {
    // "can i keep running" = lifestyle (exercise); "will it get worse over time / wheelchair" = prognosis
    message:
      'got dx w charcot marie tooth (CMT1A) at 30 and i run half marathons. can i keep running or is that gonna wreck my feet faster? and will it get worse over time, like will i end up in a wheelchair eventually',
    focus: 'charcot marie tooth',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "odds i have it too" (parent affected) = inheritance; "where do ppl go for genetic counseling" = find_specialist
    subject: 'mom just dx with Huntington disease',
    message:
      'my mom (54) just got told she has HD. im 26 and want kids someday. what are the odds i have it too?? and where do ppl go for the genetic counseling thing before testing, my gp had no clue lol',
    focus: 'Huntington disease',
    types: ['inheritance', 'find_specialist'],
  },
  {
    // "are those actually signs of it" = symptoms; "what kind of dr checks for that" = find_specialist
    message:
      'my son is 14, 6ft3 and super skinny with really long fingers and already has bad eyesight. someone in a fb group said thats marfan syndrome?? are those actually signs of it? and what kind of dr should check him, cardiologist or geneticist',
    focus: 'marfan syndrome',
    types: ['symptoms', 'find_specialist'],
  },
  {
    // "what even is gaucher disease" = information
    message:
      'dr said my weird bloodwork and big spleen might be gaucher disease and sent me to hematology but the appt isnt till march. what even is gaucher disease?? never heard of it lol',
    focus: 'gaucher disease',
    types: ['information'],
  },
  {
    // misspelled focus; "is that how it starts" (droopy eyelid, double vision) = whether signs belong to it
    message:
      'my right eyelid droops by the end of the day and i see double when im tired. my aunt has myasthenia gravus. is that how it starts??',
    focus: 'myasthenia gravus',
    types: ['symptoms'],
  },
  {
    // "do i have to give up chocolate and shellfish" = diet = lifestyle
    subject: 'wilsons disease diet q',
    message:
      'just started treatment for wilsons disease. do i really have to give up chocolate and shellfish forever?? my hepatologist gave me a list but it bans like half the stuff i eat :(',
    focus: 'wilsons disease',
    types: ['lifestyle'],
  },
  {
    // "any support group or fb group for PKU parents" = patient organizations = find_specialist
    message:
      'PKU mom here, my baby got picked up on the heel prick test 2 weeks ago. is there any support group or fb group for PKU parents?? feeling so alone rn',
    focus: 'PKU',
    types: ['find_specialist'],
  },
  {
    // "how do u prevent an attack before dental work" = prevention; "can my kids get it from me" = inheritance
    subject: 'HAE + wisdom teeth #help',
    message:
      'i have HAE and need 2 wisdom teeth out next month. how do u guys prevent a swelling attack before dental work?? last time my throat swelled and it was terrifying. and also can my kids get it from me',
    focus: 'HAE',
    types: ['prevention', 'inheritance'],
  },
  {
    // "what causes it" = cause; "is there a cure or just meds" = treatment
    message:
      'ok so after celine dions documentary my neurologist says i might have stiff person syndrome omg. what causes it?? and is there a cure or just meds to manage it',
    focus: 'stiff person syndrome',
    types: ['cause', 'treatment'],
  },
  {
    // "anyone know of clinical trials" = research
    message:
      'anyone know of clinical trials for fabry disease rn? my brother is on enzyme infusions every 2 weeks and hes so over it. pls share if u know any #fabry #raredisease',
    focus: 'fabry disease',
    types: ['research'],
  },
  {
    // "will she get those skills back / what does the future look like" = prognosis
    message:
      'our 2yo was dx with Rett syndrome last month, shes stopped using her hands and lost the few words she had. will she ever get those skills back?? what does the future look like for girls with rett',
    focus: 'Rett syndrome',
    types: ['prognosis'],
  },
  {
    // "how rare is it" = frequency; "did cbd oil help w the seizures" = what helped others = treatment
    message:
      "how rare is dravet syndrome actually?? our epileptologist said we might be the only family in the state lol. also has anyone's kid tried cbd oil (epidiolex) for it and did it help w the seizures",
    focus: 'dravet syndrome',
    types: ['frequency', 'treatment'],
  },
  {
    // "i thought only babies get that / can older kids get it" = who is at risk = susceptibility
    subject: 'kawasaki disease at 9??',
    message:
      'my 9yo has had a fever for 5 days, red eyes and cracked red lips and the ER said maybe kawasaki disease. i thought only babies and toddlers get that?? can older kids even get it',
    focus: 'kawasaki disease',
    types: ['susceptibility'],
  },
  {
    // "will i end up on dialysis too" = prognosis; "a kidney dr who specializes in it" = find_specialist
    message:
      'dad and i both have polycystic kidney disease, he was on dialysis by 55. will i end up on dialysis too?? im 33 and my kidneys are already big. and is there a kidney dr who specializes in pkd or does any nephrologist do',
    focus: 'polycystic kidney disease',
    types: ['prognosis', 'find_specialist'],
  },
  // ---------------------------------------------------------------- conditions (common)
  {
    // "how do they actually diagnose lupus, what other tests" = diagnosis
    message:
      'ANA came back positive 1:320 and i get joint pain + a rash on my cheeks after being in the sun. my pcp says that doesnt mean lupus?? so how do they actually diagnose lupus, what other tests should i ask for',
    focus: 'lupus',
    types: ['diagnosis'],
  },
  {
    // diet question and gym question are both about living with it = lifestyle (listed once)
    subject: 'Newly dx with MS - diet/exercise??',
    message:
      'hey everyone, 31F, got my MS dx on friday after my 2nd mri. my neuro says keep living normally but does diet actually matter w ms?? ppl keep telling me to go gluten free or keto. and is it ok to keep lifting heavy at the gym or will the heat and fatigue make things worse. thx in advance',
    focus: 'MS',
    types: ['lifestyle'],
  },
  {
    // "anything we can do to stop him getting it too" = prevention
    message:
      'my 7yo got dx with T1D in jan after a DKA scare :( now im terrified for her little brother. is there anything we can do to stop him getting it too?? i saw something about antibody screening and a drug that delays it',
    focus: 'T1D',
    types: ['prevention'],
  },
  {
    // "can PCOS cause hair loss + chin hair" = whether signs belong to it; "does it ever go away or is it for life" = prognosis
    message:
      'can PCOS cause hair loss on ur head but hair growing on ur chin?? like wtf body lol. and does it ever go away or is it for life',
    focus: 'PCOS',
    types: ['symptoms', 'prognosis'],
  },
  {
    // "will it make me infertile" = complications; "excision vs ablation" = treatment; "find an excision specialist" = find_specialist
    subject: 'endometriosis + ttc',
    message:
      'dx w endo after a lap in 2022 (stage 3). will endometriosis make me infertile?? also is excision surgery actually better than ablation, my obgyn only does ablation. and how do u find a real excision specialist in the midwest',
    focus: 'endometriosis',
    types: ['complications', 'treatment', 'find_specialist'],
  },
  {
    // misspelled focus; "what causes it" = cause
    message:
      'my rheumatologist says i have fibromyalga bc everything hurts and all my blood tests are normal. what causes it?? my bf thinks its all in my head and tbh sometimes i wonder too',
    focus: 'fibromyalga',
    types: ['cause'],
  },
  {
    // misspelled focus; "what foods can u eat with it / what u eat in a day" = diet = lifestyle
    subject: 'gastroparisis food ideas??',
    message:
      'dx w gastroparisis after a gastric emptying study and im throwing up half of what i eat. what foods can u actually eat with it?? is it true small meals and no salad or raw veg? pls share what u eat in a day',
    focus: 'gastroparisis',
    types: ['lifestyle'],
  },
  {
    // "is migraine genetic" (mom, nan, me) = runs in families = inheritance; "daily thing to stop them before they start" = prevention
    message:
      'my mom, my nan and now me all get migraine w aura. is migraine genetic?? and is there any daily thing i can take to stop them before they even start, im getting like 10 a month',
    focus: 'migraine',
    types: ['inheritance', 'prevention'],
  },
  // ---------------------------------------------------------------- two conditions
  {
    // "can EDS cause POTS" / "is it the same problem underneath" = relation between two conditions = association
    subject: 'EDS + POTS connection?',
    message:
      'so i have hypermobile ehlers-danlos and now my cardiologist thinks i have POTS too. can EDS actually cause POTS?? like half my support group has both lol. is it the same problem underneath',
    focus: 'EDS',
    types: ['association'],
  },
  {
    // "is there a link between the two" = association; "what is the test, a scope" = diagnosis of celiac
    message:
      'my son has T1D and his endo wants to screen him for celiac disease every year. is there a link between the two?? and what is the test, do they have to do a scope on a kid',
    focus: 'celiac disease',
    types: ['association', 'diagnosis'],
  },
  {
    // "do ppl with down syndrome get Alzheimer disease earlier" = association; "anything to lower his risk" = prevention
    message:
      'is it true ppl with down syndrome get Alzheimer disease way earlier?? my brother is 38 and has started forgetting stuff he always knew. is there anything we can do to lower his risk',
    focus: 'down syndrome',
    types: ['association', 'prevention'],
  },
  {
    // "is RA linked to heart disease" = association
    message:
      'rheumy said my RA means i need to watch my heart. is RA linked to heart disease?? im only 42 and no one in my family has heart problems smh',
    focus: 'RA',
    types: ['association'],
  },
  // ---------------------------------------------------------------- medicines
  {
    // "can i just stop or do i need to taper" = drug_usage (stopping); "moon face + not sleeping, is that normal from it" = side_effects
    subject: 'pred taper?? sarcoid flare',
    message:
      'dr put me on prednisone 40mg for a sarcoid flare, been on it 3 weeks. can i just stop when i feel better or do i really need to taper off the pred?? also the moon face + not sleeping at all, is that normal from it. i look like a chipmunk lol',
    focus: 'prednisone',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "glass of wine on it" = interactions with alcohol; "folic acid the day after or every day" = how to take the regimen = drug_usage
    message:
      'just started methotrexate (mtx) shots for my RA, 15mg weekly. can i still have a glass of wine on the weekend or is alcohol a total no?? and do u guys take ur folic acid the day after the shot or every day',
    focus: 'methotrexate',
    types: ['interactions', 'drug_usage'],
  },
  {
    // misspelled focus; "can it damage ur eyes" = side_effects; "can i stay on it if we try for a baby" = pregnancy safety = contraindications
    message:
      'rheum started me on hydroxycloroquine (plaquenil) for lupus. is it true it can damage ur eyes?? and can i stay on it if we start trying for a baby next year',
    focus: 'hydroxycloroquine',
    types: ['side_effects', 'contraindications'],
  },
  {
    // "what is it actually used for" (given for CRPS, thought it was a seizure med) = indication
    message:
      'why did my dr give me gabapentin for my CRPS?? i looked it up and its a seizure med and i dont have seizures lol. what is it actually used for',
    focus: 'gabapentin',
    types: ['indication'],
  },
  {
    // "is it safe to take while pregnant" = contraindications
    subject: 'modafinil + ttc',
    message:
      'narcolepsy gang, me and my husband are starting to try for a baby. is modafinil safe to take while pregnant or do i have to come off it?? idk how i will function without it tbh',
    focus: 'modafinil',
    types: ['contraindications'],
  },
  {
    // missed dose, "take 2 tonight or just skip" = drug_usage
    message:
      'omg i forgot my propranolol this morning (40mg twice a day for my POTS). do i take 2 tonight to make up for it or just skip?? heart is racing rn',
    focus: 'propranolol',
    types: ['drug_usage'],
  },
  {
    // "does it have gluten / what are the fillers / lactose" = what is in the pills = ingredients
    message:
      'celiac here and just got put on levothyroxine for hypothyroidism. does levothyroxine have gluten in it?? what are the fillers in these pills, some brands supposedly use lactose too',
    focus: 'levothyroxine',
    types: ['ingredients'],
  },
  {
    // "why would they give it for pcos" = what it is used for = indication; "does the stomach stuff go away" = side_effects
    subject: 'metformin for PCOS??',
    message:
      'my gyno wants me on metformin for PCOS but i dont have diabetes?? why would they give it for pcos. and the stomach stuff ppl talk about (diarrhea etc), does it go away after a few weeks',
    focus: 'metformin',
    types: ['indication', 'side_effects'],
  },
  {
    // "how long can it stay out of the fridge" and "where do we throw out used pens" = storage_disposal (listed once)
    message:
      'my T1D son is going to sleepaway camp for a week in july. how long can his insulin stay out of the fridge in the heat?? and where do we throw out used pens and needles, camp says they dont have a sharps box',
    focus: 'insulin',
    types: ['storage_disposal'],
  },
  {
    // "what side effects did ur kids get" = side_effects; "can he still have ibuprofen while on it" = interactions
    subject: '[sickle cell] starting hydroxyurea',
    message:
      'our son (5) has sickle cell anemia and hemotology wants to start hydroxyurea. what side effects did ur kids get?? we read it can lower the immune system. and can he still have ibuprofen for pain crises while on it',
    focus: 'hydroxyurea',
    types: ['side_effects', 'interactions'],
  },
];

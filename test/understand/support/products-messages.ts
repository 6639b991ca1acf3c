/**
 * "products" set: 40 questions from the public about medicines, supplements, vaccines and over-the-counter
 * products (generics, what a pill contains, how to take it, what it is for, side effects, other medicines,
 * food or alcohol, who should not take it, storage and disposal, price and shortages), careful to very messy.
 * Written by someone who had read neither the code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. First
 * scored before any change for it: focus 1.000, type F1 0.759.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const PRODUCTS_MESSAGES: ConsumerMessage[] = [
  {
    // "Does the generic have the same stuff in it ... fillers and all?" = ingredients (what it contains);
    // "do I still need to wait 30 minutes before breakfast?" = drug_usage (timing with food)
    subject: 'switched to generic',
    message:
      'Hello, my pharmacy switched my Synthroid to a generic levothyroxine without asking me. Does the generic levothyroxine have the same stuff in it as the brand, fillers and all? And do I still need to wait 30 minutes before breakfast like with the old pills? Thank you.',
    focus: 'levothyroxine',
    types: ['ingredients', 'drug_usage'],
  },
  {
    // "does metformin have gluten in it??" = ingredients; "it gives me the runs is that normal" = side_effects
    message:
      'hi i have celiac and was just started on metformin for my sugar. does metformin have gluten in it?? also it gives me the runs is that normal',
    focus: 'metformin',
    types: ['ingredients', 'side_effects'],
  },
  {
    // "Is it OK to take Tylenol after a few beers?" = interactions (alcohol);
    // "How many ... can I take in a day?" = drug_usage (dose)
    subject: 'Tylenol and beer',
    message:
      'Is it OK to take Tylenol for a headache after a few beers? How many extra strength ones can I safely take in one day?',
    focus: 'Tylenol',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "Do I really have to keep it in the fridge?" and "what do I do with what is left?" = storage_disposal
    // (storing and throwing away: one type)
    message:
      "The pharmacist said the amoxicillin liquid for my daughter goes in the fridge. Do I really have to keep it in the fridge, we are at grandma's for the weekend. And what do I do with what is left in the bottle after the 10 days are over?",
    focus: 'amoxicillin',
    types: ['storage_disposal'],
  },
  {
    // "Do I have to stop eating spinach and salads?" and "Can I take ibuprofen for my back?" = interactions
    // (food, another medicine: one type); "what does warfarin actually do to my blood?" = indication (how it works)
    message:
      'I take warfarin since I had a clot in my leg in March. Do I have to stop eating spinach and salads? Can I take ibuprofen for my back while on it? And what does warfarin actually do to my blood, I never really understood.',
    focus: 'warfarin',
    types: ['interactions', 'indication'],
  },
  {
    // "can I have a glass of wine with it?" = interactions (alcohol); "is it safe if we try for a baby?" =
    // contraindications (pregnancy); "what if I forget the day?" = drug_usage (missed dose)
    subject: 'methotrexate questions',
    message:
      'My rheumatologist started me on methotrexate once a week for rheumatoid arthritis. Can I have a glass of wine with dinner on methotrexate? My husband and I want to try for a baby next year, is it safe to be on it then? And what should I do if I forget my methotrexate day?',
    focus: 'methotrexate',
    types: ['interactions', 'contraindications', 'drug_usage'],
  },
  {
    // "can Plaquenil really damage your eyes?" = side_effects; "how does it help lupus?" = indication
    message:
      "I take Plaquenil for lupus and my eye doctor now wants to see me every year. Can Plaquenil really damage your eyes? And how does it even help lupus, isn't it a malaria drug?",
    focus: 'Plaquenil',
    types: ['side_effects', 'indication'],
  },
  {
    // "Can you open or crush gabapentin capsules ...?" = drug_usage (how to take it)
    message:
      'can you open or crush gabapentin capsules and put it in applesauce? my mom has trouble swallowing since her stroke',
    focus: 'gabapentin',
    types: ['drug_usage'],
  },
  {
    // "Is there a cheaper version of Humira?" = other (cost); "Can he stop it for a couple of months?" =
    // drug_usage (stopping)
    subject: 'Humira cost',
    message:
      "Our insurance stopped covering my husband's Humira and the copay card ran out. Is there a cheaper version of Humira we could ask for? Can he stop it for a couple of months until we sort this out? He has Crohn's disease.",
    focus: 'Humira',
    types: ['other', 'drug_usage'],
  },
  {
    // "is lamotrigine safe for the baby?" = contraindications (pregnancy); "could it be from the lamotrigine?"
    // = side_effects
    message:
      "I'm on lamotrigine for bipolar and just found out I'm 8 weeks pregnant. Is lamotrigine safe for the baby?? I'm panicking. Also I have a small rash on my arm since yesterday, could it be from the lamotrigine?",
    focus: 'lamotrigine',
    types: ['contraindications', 'side_effects'],
  },
  {
    // "How much vitamin D should I take a day?" and "is it better with a meal?" = drug_usage (dose, with food);
    // "can too much be harmful?" = side_effects
    message:
      'How much vitamin D should I take a day in winter, and is it better with a meal? Can too much be harmful?',
    focus: 'vitamin D',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "Can he still get the flu vaccine?" = contraindications (who should not take it);
    // "Is there egg in it?" = ingredients
    subject: 'egg allergy',
    message:
      'My son is 6 and has a bad egg allergy (he carries an EpiPen). Can he still get the flu vaccine at school? Is there egg in it?',
    focus: 'flu vaccine',
    types: ['contraindications', 'ingredients'],
  },
  {
    // "what is the HPV vaccine for and does a boy need it" = indication; "can it cause fainting" = side_effects
    message:
      'what is the HPV vaccine for and why does my 11 yr old boy need it, isnt it for girls?? and can it cause fainting, his friend passed out after',
    focus: 'HPV vaccine',
    types: ['indication', 'side_effects'],
  },
  {
    // "How does hydroxyurea work for sickle cell?" = indication; "Can it cause cancer later on?" = side_effects;
    // "Can she take it with her daily penicillin?" = interactions
    subject: 'hydroxyurea for our daughter',
    message:
      "Our 4-year-old has sickle cell disease and the hematologist offered hydroxyurea. How does hydroxyurea work for sickle cell? I read it's a chemo drug, can it cause cancer later on? Can she take it together with her daily penicillin? Thank you so much for any help.",
    focus: 'hydroxyurea',
    types: ['indication', 'side_effects', 'interactions'],
  },
  {
    // "Can you help me appeal?" and "is there an assistance program?" = other (insurance, money)
    message:
      "My insurance denied eculizumab for my PNH, the letter says it is not medically necessary. Can you help me appeal this? Is there any patient assistance program from the company? Please help, I can't go without it.",
    focus: 'eculizumab',
    types: ['other'],
  },
  {
    // "Is it true I can't eat grapefruit on colchicine?" and "is that combo OK?" (with atorvastatin) =
    // interactions (food, medicine); "How many can I take during a flare?" = drug_usage
    message:
      "Is it true I can't eat grapefruit while on colchicine? I take colchicine for gout flares and atorvastatin for cholesterol, is that combo OK? How many colchicine can I take during one flare?",
    focus: 'colchicine',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "What does allopurinol actually do?" = indication; "Can I stop it when I feel fine?" = drug_usage
    // (stopping); "why for life" is the same question as what it does (story around it)
    subject: 'allopurinol for life?',
    message:
      'My doctor wants me on allopurinol for the rest of my life, but my gout only flares twice a year. What does allopurinol actually do? Can I just stop it when I feel fine?',
    focus: 'allopurinol',
    types: ['indication', 'drug_usage'],
  },
  {
    // "How do I keep my Lantus pens cool ...?" and "does an open pen need the fridge?" = storage_disposal;
    // "when do I take my shot with the time difference?" = drug_usage (timing)
    message:
      "Going to Mexico for two weeks. How do I keep my Lantus pens cool on the plane and in the hotel? Does a pen I already opened need to be in the fridge? And there's a 2 hour time difference, when do I take my Lantus shot?",
    focus: 'Lantus',
    types: ['storage_disposal', 'drug_usage'],
  },
  {
    // "Is it still OK to use?" (expired) and "how do I get rid of the old one?" = storage_disposal;
    // "is there a generic, $600 is crazy" = other (cost)
    subject: 'expired EpiPen',
    message:
      'My EpiPen expired last month. Is it still OK to use in an emergency until I get a new one, and how do I get rid of the old one? Also is there a generic EpiPen, $600 is crazy.',
    focus: 'EpiPen',
    types: ['storage_disposal', 'other'],
  },
  {
    // "Could that be the montelukast?" = side_effects; "Is it better at night or in the morning?" = drug_usage
    message:
      'Since my son started montelukast for his asthma he has nightmares and angry outbursts, which he never had before. Could that be the montelukast? Is it better to give it at night or in the morning?',
    focus: 'montelukast',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "Can I take cetirizine while breastfeeding?" = contraindications; "it makes me so sleepy, would
    // loratadine make me less sleepy?" = side_effects (drowsiness of the medicine)
    message:
      'Can I take cetirizine for hay fever while breastfeeding my 3 month old? It also makes me so sleepy, would loratadine be less sleepy?',
    focus: 'cetirizine',
    types: ['contraindications', 'side_effects'],
  },
  {
    // "can i give benadryl to my 18 month old" = contraindications (children); "how much" = drug_usage (dose)
    message:
      'can i give benadryl to my 18 month old so she sleeps on the long flight to my parents? how much would i give her',
    focus: 'benadryl',
    types: ['contraindications', 'drug_usage'],
  },
  {
    // "is that from the cipro?" (heel pain) = side_effects; "Can I take it with my calcium and milk?" =
    // interactions (medicine, food)
    subject: 'cipro',
    message:
      'I was given ciprofloxacin for a bladder infection 4 days ago. Now the back of my heel hurts when I walk, is that from the ciprofloxacin? Can I take it with my calcium pill and milk in the morning?',
    focus: 'ciprofloxacin',
    types: ['side_effects', 'interactions'],
  },
  {
    // "is that from the doxycycline?" (sunburn) = side_effects; "Can I lie down right after taking it?" =
    // drug_usage (how to take)
    message:
      'Taking doxycycline for Lyme disease. I got a really bad sunburn after 20 minutes outside, is that from the doxycycline? Can I lie down right after I take it, or does it have to be a certain way, I get heartburn from it.',
    focus: 'doxycycline',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "What exactly does Accutane do to the skin?" = indication (how it works); "is it really that dangerous
    // in pregnancy ... birth control?" = contraindications
    message:
      'My daughter is 17 and her dermatologist wants to start Accutane for her acne. What exactly does Accutane do to the skin? They say she must be on two kinds of birth control, is it really that dangerous in pregnancy?',
    focus: 'Accutane',
    types: ['indication', 'contraindications'],
  },
  {
    // "How long is it good for once opened?" and "what do I do with the empty ones?" = storage_disposal
    message:
      'How long is an albuterol inhaler good for once you start using it? And what do I do with the empty ones, can they go in the recycling bin?',
    focus: 'albuterol',
    types: ['storage_disposal'],
  },
  {
    // "should he take a double dose?" = drug_usage (missed dose); "is that the keppra?" (irritable) =
    // side_effects
    message:
      'my son is 14 with epilepsy on Keppra 500 twice a day. he forgot last nights dose, should he take 2 this morning?? also hes been so irritable and mean lately is that the keppra',
    focus: 'Keppra',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "Is it safe to give aspirin to a child with a fever?" = contraindications (children); the question about
    // Reye's is the same question asked again
    message:
      "Is it safe to give baby aspirin to my 8 year old for a fever? My mother says it's fine but I heard something about Reye's. Should kids not have aspirin?",
    focus: 'aspirin',
    types: ['contraindications'],
  },
  {
    // "Is that combination a problem?" (with lisinopril) = interactions; "should he even be on lithium with
    // kidney problems?" = contraindications
    subject: 'lithium and blood pressure pill',
    message:
      'My dad has been on lithium for years and his doctor just added lisinopril for his blood pressure. The pharmacist flagged it. Is that combination a problem? He also has some kidney problems, should he even be on lithium?',
    focus: 'lithium',
    types: ['interactions', 'contraindications'],
  },
  {
    // "How does sapropterin work, does it replace the diet?" = indication; "does it have to be dissolved in
    // water or juice?" = drug_usage
    message:
      'Our daughter (9) has PKU and the metabolic clinic wants to do a trial of sapropterin. How does sapropterin work, would it replace her diet? Does the powder have to be dissolved in water or can we use juice?',
    focus: 'sapropterin',
    types: ['indication', 'drug_usage'],
  },
  {
    // "Is that from the miglustat?" (diarrhea, weight loss) = side_effects; "should he avoid milk or sugar
    // while on it?" = interactions (food)
    message:
      'My husband takes miglustat for Gaucher disease type 1. He has terrible diarrhea and lost 5 kg. Is that from the miglustat? Someone in a forum said he should avoid milk and sugary foods while taking it, is that right?',
    focus: 'miglustat',
    types: ['side_effects', 'interactions'],
  },
  {
    // "What is riluzole and what does it do for ALS, will it stop it?" = indication (what it is for, how it
    // works); "on an empty stomach?" = drug_usage
    subject: 'riluzole',
    message:
      'My brother was just diagnosed with ALS and prescribed riluzole. What is riluzole and what does it do for ALS? Will it stop it? Does it need to be taken on an empty stomach?',
    focus: 'riluzole',
    types: ['indication', 'drug_usage'],
  },
  {
    // "are these from the pills?" (cramps, drooling) = side_effects; "will the anesthetic interact?" =
    // interactions
    message:
      'I have myasthenia gravis and take pyridostigmine 4 times a day. I get stomach cramps and drooling, are these from the pyridostigmine? My dentist wants to give me a local anesthetic next week, will it interact with my pills?',
    focus: 'pyridostigmine',
    types: ['side_effects', 'interactions'],
  },
  {
    // "how does it help stiff muscles?" = indication (how it works; "isn't that a heart drug" is the same
    // question); "does mexiletine contain lactose?" = ingredients
    message:
      "Dear sir or madam, my neurologist suggested mexiletine for the myotonia in my myotonic dystrophy. Isn't that a heart drug? How does it help stiff muscles? Also, does mexiletine contain lactose? I am very intolerant. Kind regards, Ingrid",
    focus: 'mexiletine',
    types: ['indication', 'ingredients'],
  },
  {
    // "Where can I get it?" (shortage) = other
    subject: 'dapsone shortage',
    message:
      'My dermatologist gave me dapsone for dermatitis herpetiformis and no pharmacy in my town has it, they say there is a shortage. Where can I get dapsone? Is there any way to order it?',
    focus: 'dapsone',
    types: ['other'],
  },
  {
    // "Can I keep taking fish oil now that I'm on Eliquis?" = interactions; "is the capsule made from pork
    // gelatin?" = ingredients
    message:
      "Can I keep taking fish oil capsules now that I'm on Eliquis for my atrial fibrillation? And are the fish oil capsules made with gelatin from pork? I don't eat pork for religious reasons.",
    focus: 'fish oil',
    types: ['interactions', 'ingredients'],
  },
  {
    // "Is it true Plavix doesn't work as well with omeprazole?" = interactions; "is it safe to stop Plavix
    // before the extraction?" = drug_usage (stopping)
    message:
      "I read that Plavix doesn't work as well when you take omeprazole, and I take both since my stent. Is that true? Also my dentist wants me to stop Plavix for a week before pulling a tooth, is that safe?",
    focus: 'Plavix',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "Can I just stop it?" and "should I take it in the morning?" = drug_usage (stopping, timing);
    // "is that the prednisone?" (weight, sleep) = side_effects
    message:
      'been on prednisone 40mg for a month for a bad asthma flare. can i just stop it now that i feel better? im gaining weight and cant sleep is that the prednisone. should i take it in the morning instead of at night',
    focus: 'prednisone',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "Does the liquid sertraline have alcohol in it?" = ingredients; "is there a cheaper generic, does my
    // insurance have to cover it?" = other (cost, insurance)
    subject: 'liquid sertraline',
    message:
      "I'm in recovery and don't want any alcohol at all. Does the liquid form of sertraline have alcohol in it? Also is there a cheaper generic than Zoloft and does my insurance have to cover it?",
    focus: 'sertraline',
    types: ['ingredients', 'other'],
  },
  {
    // "before food or after?" = drug_usage; "can he take it with his vitamin C?" = interactions;
    // "how do we get rid of the unused tablets?" = storage_disposal
    message:
      'Our son has thalassemia and takes deferasirox for iron overload from his transfusions. Should deferasirox be taken before food or after? Can he take it with his vitamin C? The doctor changed his dose, how do we get rid of the old tablets we have left?',
    focus: 'deferasirox',
    types: ['drug_usage', 'interactions', 'storage_disposal'],
  },
];

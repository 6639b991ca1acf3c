/**
 * "complementary" set. Messages about complementary and alternative approaches: acupuncture, chiropractic,
 * massage, homeopathy, herbal remedies, special diets, yoga, whether they help or are safe with a medicine.
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, following the
 * labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base holds.
 * Scored once, before any change made for it (focus 1.000, type F1 0.755). Scored by complementary.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --complementary --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const COMPLEMENTARY_MESSAGES: ConsumerMessage[] = [
  // why: "does acupuncture work for it" asks only whether a therapy treats it
  {
    message: 'does acupuncture actually work for fibromyalgia or is it a waste of money',
    focus: 'fibromyalgia',
    types: ['treatment'],
  },
  // why: taking St John's wort with Zoloft is a medicine-with-medicine question
  {
    subject: 'St Johns wort',
    message:
      "Hi, I've been on Zoloft 100mg for about a year. My sister keeps telling me to try St John's wort instead because it's natural. Can I take the two together while I taper down?",
    focus: 'Zoloft',
    types: ['interactions'],
  },
  // why: turmeric capsules and leafy greens with warfarin are both interactions (herb and food)
  {
    message:
      "I'm on warfarin after a blood clot in my leg. A friend says turmeric is great for inflammation - is it ok to take turmeric capsules with warfarin? Same question for green smoothies, I heard spinach is a problem.",
    focus: 'warfarin',
    types: ['interactions'],
  },
  // why: "can massage or physio help" asks about managing the condition = treatment
  {
    message:
      'Can massage therapy or physical therapy help a child with osteogenesis imperfecta, or is it too risky for her bones?',
    focus: 'osteogenesis imperfecta',
    types: ['treatment'],
  },
  // why: fish oil, turmeric and wine with methotrexate are all interactions
  {
    subject: 'supplements with methotrexate',
    message:
      'I take methotrexate once a week for rheumatoid arthritis. can i also take fish oil and turmeric? and what about a glass of wine on the weekend',
    focus: 'methotrexate',
    types: ['interactions'],
  },
  // why: a bare "acupuncture for migraine?" asks whether it treats migraine
  {
    message: 'acupuncture for migraine?',
    focus: 'migraine',
    types: ['treatment'],
  },
  // why: asks only whether ginkgo can cure it = treatment
  {
    message: 'Can ginko biloba cure tinnitus? Ringing for 2 years now and its driving me crazy',
    focus: 'tinnitus',
    types: ['treatment'],
  },
  // why: keeping the pens cold while travelling is storage
  {
    subject: 'Humira and travel',
    message:
      "I'm going on a two week yoga retreat in India in March. How do I keep my Humira pens cold on the plane and at the ashram where there is no fridge in the rooms? How long can they stay out of the fridge?",
    focus: 'Humira',
    types: ['storage_disposal'],
  },
  // why: which foods to avoid is diet = lifestyle
  {
    message:
      'what foods should I avoid with interstitial cystitis? I keep reading different lists online, some say coffee and tomatoes, some say citrus, its confusing',
    focus: 'interstitial cystitis',
    types: ['lifestyle'],
  },
  // why: black cohosh and soy with tamoxifen are herb and food interactions
  {
    message:
      "I'm taking tamoxifen after breast cancer surgery and the hot flashes are awful. Is it safe to take black cohosh or eat a lot of soy while I'm on tamoxifen?",
    focus: 'tamoxifen',
    types: ['interactions'],
  },
  // why: asks only whether coconut oil works as a remedy = treatment
  {
    message: 'Coconut oil for lichen sclerosus - does it help at all?',
    focus: 'lichen sclerosus',
    types: ['treatment'],
  },
  // why: whether acupuncture speeds recovery asks about a therapy = treatment
  {
    subject: "Bell's palsy",
    message:
      "Woke up on Tuesday with the left side of my face drooping and was diagnosed with Bell's palsy. I'm already on the steroids. Would adding acupuncture speed things up?",
    focus: "Bell's palsy",
    types: ['treatment'],
  },
  // why: whether creatine or CoQ10 slows the disease asks about treatment
  {
    message:
      "My mom has Huntington's disease. Can creatine or CoQ10 supplements slow it down? We've read mixed things.",
    focus: "Huntington's disease",
    types: ['treatment'],
  },
  // why: whether Plaquenil contains lactose or dairy is ingredients
  {
    message:
      'I follow a strict dairy-free anti-inflammatory diet for my lupus. Does Plaquenil contain lactose?',
    focus: 'Plaquenil',
    types: ['ingredients'],
  },
  // why: whether cherry juice stops the attacks = prevention
  {
    message: 'does tart cherry juice really prevent gout attacks',
    focus: 'gout',
    types: ['prevention'],
  },
  // why: chiropractic safety for EDS asks treatment; "does it get worse with age" asks prognosis
  {
    subject: 'Chiropractor and Ehlers-Danlos syndrome',
    message:
      'I have hypermobile EDS and my neck is always stiff. My chiropractor wants to do neck adjustments. Is chiropractic a safe treatment for someone with EDS? And does EDS usually get worse as you get older?',
    focus: 'Ehlers-Danlos syndrome',
    types: ['treatment', 'prognosis'],
  },
  // why: "would homeopathy cure it" asks treatment; "what causes eczema" asks cause
  {
    message:
      'my 4 yr old has really bad eczema on her arms and behind her knees. the steroid creams make me nervous. would homeopathy cure it?? and what causes eczema anyway, nobody in our family has it',
    focus: 'eczema',
    types: ['treatment', 'cause'],
  },
  // why: a special diet for MS is lifestyle; "any studies" is research
  {
    subject: 'Wahls protocol',
    message:
      'Is there a special diet for MS that actually makes a difference, like the Wahls protocol or paleo? Have there been any proper studies on it?',
    focus: 'MS',
    types: ['lifestyle', 'research'],
  },
  // why: ashwagandha with levothyroxine is interactions; empty stomach is how to take it = drug_usage
  {
    message:
      "Is ashwagandha safe to take with levothyroxine? I have Hashimoto's and my naturopath suggested it. Also do I really have to take the levothyroxine on an empty stomach, I always forget and have it with coffee",
    focus: 'levothyroxine',
    types: ['interactions', 'drug_usage'],
  },
  // why: whether the GFCF diet helps is diet = lifestyle; whether chelation is safe and what really works is treatment
  {
    message:
      'My son is 3 and was just diagnosed with autism. People in my facebook group swear by the gluten free casein free diet and some are doing chelation. Does the diet actually help kids with autism? Is chelation dangerous? What treatment actually works?',
    focus: 'autism',
    types: ['lifestyle', 'treatment'],
  },
  // why: whether Niprisan works asks treatment; taking it with hydroxyurea asks interactions
  {
    message:
      'Does the herbal medicine Niprisan really work for sickle cell disease? My cousin brought some from Nigeria. My son already takes hydroxyurea, is it ok to give both together?',
    focus: 'sickle cell disease',
    types: ['treatment', 'interactions'],
  },
  // why: which diet to follow is lifestyle; whether Humira is still needed is treatment
  {
    subject: 'SCD diet',
    message:
      "What diet should I be on with Crohn's disease? Is the specific carbohydrate diet worth trying? If it works would I still need my Humira injections or could I come off them?",
    focus: "Crohn's disease",
    types: ['lifestyle', 'treatment'],
  },
  // why: whether echinacea is good for lupus asks treatment; interfering with Plaquenil asks interactions
  {
    message:
      'I have lupus and a naturopath recommended echinacea to boost my immune system. Is that a good idea with lupus? Will it interfere with my Plaquenil?',
    focus: 'lupus',
    types: ['treatment', 'interactions'],
  },
  // why: natural remedies ask treatment; "what causes it" asks cause
  {
    message:
      'Are there natural remedies for restless legs syndrome, like magnesium, massage or soap under the sheets (my grandma swears by it)? What causes it in the first place?',
    focus: 'restless legs syndrome',
    types: ['treatment', 'cause'],
  },
  // why: whether adjustments can straighten the curve is treatment; what happens without the brace is complications of no treatment
  {
    subject: "chiropractor for my daughter's scoliosis",
    message:
      "The chiropractor says he can straighten our daughter's 30 degree scoliosis with adjustments over six months. Her orthopedic surgeon wants her in a brace 18 hours a day. Can a chiropractor really fix scoliosis? What happens if she refuses to wear the brace?",
    focus: 'scoliosis',
    types: ['treatment', 'complications'],
  },
  // why: whether salt baths and vinegar work is treatment; whether it is contagious is susceptibility
  {
    message:
      'dead sea salt baths and apple cider vinegar for psoriasis, do they work? also is psoriasis contagious, my coworkers wont sit near me',
    focus: 'psoriasis',
    types: ['treatment', 'susceptibility'],
  },
  // why: gabapentin with CBD is interactions; whether the weight gain comes from gabapentin is side_effects
  {
    message:
      "Can I take gabapentin with CBD gummies? I use them for sleep. Also can gabapentin cause weight gain? I've put on 10 pounds since I started.",
    focus: 'gabapentin',
    types: ['interactions', 'side_effects'],
  },
  // why: whether acupuncture helps the pain is treatment; whether only surgery confirms it is diagnosis
  {
    message:
      'Has anyone found acupuncture helpful for endometriosis pain? My GP also says the only way to know for sure if I even have endometriosis is keyhole surgery - is that true?',
    focus: 'endometriosis',
    types: ['treatment', 'diagnosis'],
  },
  // why: supplements that help the children ask treatment; life expectancy asks prognosis
  {
    subject: 'Supplements for Down syndrome',
    message:
      "Are there vitamins or nutritional supplements that help children with Down syndrome? I've seen some expensive targeted nutrition products advertised. And what is the usual life expectancy nowadays?",
    focus: 'Down syndrome',
    types: ['treatment', 'prognosis'],
  },
  // why: aloe vera juice with mesalamine is interactions; taking it with food is drug_usage
  {
    message:
      'i have ulcerative colitis and take mesalamine. can i drink aloe vera juice while on mesalamine? and should mesalamine be taken with food or without',
    focus: 'mesalamine',
    types: ['interactions', 'drug_usage'],
  },
  // why: non-drug options like the ketogenic diet ask treatment; outgrowing seizures asks prognosis; new drug trials ask research
  {
    subject: 'Dravet and the ketogenic diet',
    message:
      "Our daughter is 5 and has Dravet syndrome. Her seizures still aren't controlled on three medicines. The neurologist mentioned the ketogenic diet. What treatments are there besides medicine, like the diet or a VNS? Will she ever grow out of the seizures? Are there any trials for new drugs we could look into?",
    focus: 'Dravet syndrome',
    types: ['treatment', 'prognosis', 'research'],
  },
  // why: whether yoga or exercise is safe is lifestyle; what brings on the crashes is cause; any cure is treatment
  {
    message:
      'Is yoga or graded exercise safe for chronic fatigue syndrome, or can it make the crashes worse? What brings the crashes on? Is there any cure at all?',
    focus: 'chronic fatigue syndrome',
    types: ['lifestyle', 'cause', 'treatment'],
  },
  // why: stem cells asks treatment; legitimate trials asks research; how long people live asks prognosis; support group asks find_specialist
  {
    subject: 'husband with ALS',
    message:
      'My husband was diagnosed with ALS last spring, he is 58. We have been trying everything - acupuncture, high dose vitamins, a special diet, and now a stem cell clinic in Mexico that wants $30,000. Are stem cell treatments for ALS real or a scam? Are there any legitimate clinical trials he could join instead? How long do people usually live after being diagnosed? And is there a support group in the Chicago area for spouses? I feel so alone in this.',
    focus: 'ALS',
    types: ['treatment', 'research', 'prognosis', 'find_specialist'],
  },
  // why: ginkgo and warm baths ask treatment; finger ulcers ask complications; the scleroderma link asks association
  {
    message:
      "do ginkgo or warm hand baths help Raynaud's phenomenon? can it lead to ulcers on the fingers? and is it linked to scleroderma",
    focus: "Raynaud's phenomenon",
    types: ['treatment', 'complications', 'association'],
  },
  // why: how strict and how long the diet is lifestyle; Kuvan as an option is treatment; developing normally is prognosis
  {
    message:
      'Our newborn was diagnosed with PKU from the heel prick test. How strict does the diet have to be and for how long - is it for life? Is Kuvan an option for babies? Will he develop normally if we stick to the diet?',
    focus: 'PKU',
    types: ['lifestyle', 'treatment', 'prognosis'],
  },
  // why: turmeric and zinc clearing it is treatment; hygiene as a cause is cause; losing weight is lifestyle
  {
    message:
      'will turmeric and zinc supplements clear up hidradenitis suppurativa?? is it caused by bad hygiene because i shower twice a day. does losing weight help',
    focus: 'hidradenitis suppurativa',
    types: ['treatment', 'cause', 'lifestyle'],
  },
  // why: yoga classes is exercise = lifestyle; shortening his life is prognosis; brother having it asks whether it runs in families = inheritance
  {
    message:
      "My father is 72 and has Parkinson's disease. Is it safe for him to join a yoga or tai chi class with his balance problems? Will the disease shorten his life? His brother had it too, so is it hereditary?",
    focus: "Parkinson's disease",
    types: ['lifestyle', 'prognosis', 'inheritance'],
  },
  // why: acupuncture, Botox and surgery ask treatment; what causes it asks cause; best specialist asks find_specialist
  {
    subject: 'Trigeminal neuralgia - alternatives to Tegretol',
    message:
      "I've had trigeminal neuralgia for five years. Tegretol makes me so foggy I can't work. Would acupuncture or Botox help, or is surgery the only real option? What actually causes it? Who is the best specialist in the UK to see?",
    focus: 'trigeminal neuralgia',
    types: ['treatment', 'cause', 'find_specialist'],
  },
  // why: hyperbaric oxygen asks treatment; whether he will walk asks prognosis; stem cell studies ask research; insurance is story
  {
    message:
      'Does hyperbaric oxygen therapy help cerebral palsy? Our insurance wont pay for it so we want to know before spending the money. Will my son ever walk on his own, he is 4 and uses a walker. Are there any studys on stem cells for cerebral palsy?',
    focus: 'cerebral palsy',
    types: ['treatment', 'prognosis', 'research'],
  },
  // why: fish oil for dry eyes is treatment; lymphoma is complications; special diet is lifestyle; whether the daughter should be tested is diagnosis
  {
    message:
      'I was just diagnosed with Sjögren syndrome. Do omega-3 fish oil supplements help the dry eyes? I read it can lead to lymphoma, is that true? Is there a special diet I should follow? Should my daughter get tested too?',
    focus: 'Sjögren syndrome',
    types: ['treatment', 'complications', 'lifestyle', 'diagnosis'],
  },
];

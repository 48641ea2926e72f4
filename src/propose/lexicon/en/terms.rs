//! English words for weapons, event types, attackers, crowds and targets, each with the
//! vocabulary key it stands for; Arabic's are [`crate::propose::lexicon::ar::terms`]. The rules
//! in `propose::terms` read both and name no word themselves.

/// Words that join a list of weapons ("rockets, small arms and grenades"), which then names no
/// one weapon; French reads as English here.
pub const LIST_JOINERS: &[&str] = &["and", "or", "as well as", "plus", "and/or"];

/// Words that name a weapon, and the weapon's vocabulary key. Longer phrases win. Arabic's
/// are [`crate::propose::lexicon::ar::terms::WEAPON_CUES`], numbered on from these (the rules in `propose::terms` count on through both).
pub const WEAPON_CUES: &[(&str, &str)] = &[
    ("107mm rocket", "rocket_107mm"),
    ("107mm", "rocket_107mm"),
    ("107 mm", "rocket_107mm"),
    ("122mm rocket", "rocket_122mm"),
    ("122mm", "rocket_122mm"),
    ("122 mm", "rocket_122mm"),
    ("Grad", "rocket_122mm"),
    ("rocket", "rocket"),
    ("rockets", "rocket"),
    // A grenade thrown by a rocket is no rocket: the longer phrase wins over "rocket".
    ("rocket-propelled grenade", "rpg"),
    ("rocket-propelled grenades", "rpg"),
    ("RPG", "rpg"),
    ("RPGs", "rpg"),
    ("grenade", "grenade"),
    ("grenades", "grenade"),
    ("hand grenade", "grenade"),
    ("hand grenades", "grenade"),
    // Thrown by police to disperse, not to kill.
    ("stun grenade", ""),
    ("stun grenades", ""),
    ("Katyusha", "rocket"),
    ("Katyushas", "rocket"),
    ("mortar", "mortar"),
    ("mortars", "mortar"),
    ("mortar rounds", "mortar"),
    ("mortar shells", "mortar"),
    ("roadside bomb", "ied"),
    ("roadside bombs", "ied"),
    ("IED", "ied"),
    ("IEDs", "ied"),
    ("improvised explosive device", "ied"),
    // Explosively formed penetrators (or projectiles): roadside charges that pierce armour.
    ("explosively formed penetrator", "ied"),
    ("explosively formed penetrators", "ied"),
    ("explosively formed projectile", "ied"),
    ("explosively formed projectiles", "ied"),
    ("EFP", "ied"),
    ("EFPs", "ied"),
    ("explosive device", "ied"),
    ("explosive devices", "ied"),
    ("car bomb", "ied"),
    ("car bombs", "ied"),
    ("car bomber", "ied"),
    ("car bombing", "ied"),
    ("car bombings", "ied"),
    ("roadside bombing", "ied"),
    ("roadside bombings", "ied"),
    ("VBIED", "ied"),
    ("VBIEDs", "ied"),
    ("booby-trapped", "ied"),
    ("sticky bomb", "ied"),
    ("sticky bombs", "ied"),
    // A bomb in these reports is one set off on the ground; one dropped from the air is no
    // weapon the vocabulary has (the longer phrase wins and proposes nothing).
    ("bomb", "ied"),
    ("bombs", "ied"),
    ("homemade bomb", "ied"),
    // A bomber's vest: "detonated the explosives on his vest".
    ("explosives vest", "ied"),
    ("explosives on his vest", "ied"),
    ("loaded with explosives", "ied"),
    // What carries the charge, however it is said: "a car packed with explosives", "a truck
    // carrying 21,000 pounds of explosives" (a boat so loaded is an explosive boat, below).
    ("packed with explosives", "ied"),
    ("filled with explosives", "ied"),
    ("laden with explosives", "ied"),
    ("rigged with explosives", "ied"),
    ("tons of explosives", "ied"),
    ("pounds of explosives", "ied"),
    ("kilograms of explosives", "ied"),
    ("kilos of explosives", "ied"),
    ("truck bomb", "ied"),
    ("truck bombs", "ied"),
    ("truck bomber", "ied"),
    ("explosive-laden car", "ied"),
    ("explosives-laden car", "ied"),
    ("explosive-laden vehicle", "ied"),
    ("explosive-laden truck", "ied"),
    ("explosive-laden motorcycle", "ied"),
    ("explosives-laden motorcycle", "ied"),
    ("explosive-laden motorbike", "ied"),
    ("motorcycle bomb", "ied"),
    ("barrel bomb", ""),
    ("barrel bombs", ""),
    ("guided bomb", ""),
    ("guided bombs", ""),
    ("smart bombs", ""),
    // Bombs worn by a suicide attacker.
    ("suicide vest", "ied"),
    ("suicide belt", "ied"),
    ("explosive vest", "ied"),
    ("explosive belt", "ied"),
    ("suicide bomber", "ied"),
    ("suicide bombers", "ied"),
    ("suicide bombing", "ied"),
    // Bombers who set off what they wear: "six militants … blew themselves up".
    ("blew himself up", "ied"),
    ("blew herself up", "ied"),
    ("blew themselves up", "ied"),
    ("detonated his vest", "ied"),
    ("detonated their vests", "ied"),
    ("suicide bombings", "ied"),
    // "They detonated their first suicide vehicle at a checkpoint."
    ("suicide vehicle", "ied"),
    ("suicide vehicles", "ied"),
    ("magnetic bomb", "ied"),
    ("magnetic bombs", "ied"),
    ("limpet mine", "ied"),
    ("limpet mines", "ied"),
    // Mines laid at sea or fixed to a hull ("a magnetic mine").
    ("magnetic mine", "ied"),
    ("magnetic mines", "ied"),
    ("naval mine", "ied"),
    ("naval mines", "ied"),
    ("sea mine", "ied"),
    ("sea mines", "ied"),
    ("landmine", "ied"),
    ("landmines", "ied"),
    ("land mine", "ied"),
    ("drone", "drone"),
    ("quadcopter", "drone"),
    ("quadcopters", "drone"),
    ("drones", "drone"),
    ("UAV", "drone"),
    ("UAVs", "drone"),
    ("explosive-laden drone", "drone"),
    // Not the bomb but what carries it: "a bomb-laden drone" (the longer phrase wins).
    ("bomb-laden drone", "drone"),
    ("bomb-laden drones", "drone"),
    ("bomb-carrying drone", "drone"),
    ("bomb-carrying drones", "drone"),
    ("unmanned aerial vehicle", "drone"),
    ("unmanned aerial vehicles", "drone"),
    ("unmanned aircraft", "drone"),
    ("ballistic missile", "ballistic_missile"),
    ("ballistic missiles", "ballistic_missile"),
    // An anti-ship ballistic missile is a ballistic missile, an anti-ship cruise missile a
    // cruise missile: "anti-ship missile" alone is only what the span says.
    ("ASBM", "ballistic_missile"),
    ("ASBMs", "ballistic_missile"),
    ("cruise missile", "cruise_missile"),
    ("cruise missiles", "cruise_missile"),
    ("ASCM", "cruise_missile"),
    ("ASCMs", "cruise_missile"),
    ("Tomahawk", "cruise_missile"),
    ("Tomahawks", "cruise_missile"),
    ("anti-ship missile", "anti_ship_missile"),
    ("anti-ship missiles", "anti_ship_missile"),
    ("surface-to-air missile", "manpads"),
    ("surface-to-air missiles", "manpads"),
    ("shoulder-fired missile", "manpads"),
    ("shoulder-fired missiles", "manpads"),
    ("MANPADS", "manpads"),
    ("artillery", "artillery"),
    ("artillery shell", "artillery"),
    ("artillery shells", "artillery"),
    ("artillery rounds", "artillery"),
    ("howitzer", "artillery"),
    ("howitzers", "artillery"),
    // Boats that carry the charge to a ship's side, with or without a crew ("drone boat" wins
    // over "drone").
    ("explosive boat", "explosive_boat"),
    ("explosive boats", "explosive_boat"),
    ("explosive-laden boat", "explosive_boat"),
    ("explosive-laden boats", "explosive_boat"),
    ("explosives-laden boat", "explosive_boat"),
    ("bomb-laden boat", "explosive_boat"),
    ("bomb boat", "explosive_boat"),
    ("boat loaded with explosives", "explosive_boat"),
    ("boat packed with explosives", "explosive_boat"),
    ("boat filled with explosives", "explosive_boat"),
    ("bomb boats", "explosive_boat"),
    ("waterborne improvised explosive device", "explosive_boat"),
    ("waterborne improvised explosive devices", "explosive_boat"),
    ("waterborne IED", "explosive_boat"),
    ("WBIED", "explosive_boat"),
    ("drone boat", "explosive_boat"),
    ("drone boats", "explosive_boat"),
    ("unmanned surface vessel", "explosive_boat"),
    ("unmanned surface vessels", "explosive_boat"),
    ("uncrewed surface vessel", "explosive_boat"),
    ("uncrewed surface vessels", "explosive_boat"),
    ("USV", "explosive_boat"),
    ("USVs", "explosive_boat"),
    ("gunfire", "small_arms"),
    // A fight with guns names its weapon: "killed in a gun battle".
    ("gun battle", "small_arms"),
    ("gun battles", "small_arms"),
    ("gunbattle", "small_arms"),
    ("gunbattles", "small_arms"),
    ("gunfight", "small_arms"),
    ("shootout", "small_arms"),
    ("firefight", "small_arms"),
    ("small arms", "small_arms"),
    ("small-arms fire", "small_arms"),
    ("rifle", "small_arms"),
    ("rifles", "small_arms"),
    ("assault rifle", "small_arms"),
    ("assault rifles", "small_arms"),
    ("Kalashnikov", "small_arms"),
    ("Kalashnikovs", "small_arms"),
    // What launches a weapon is not the weapon fired ("destroying three anti-ship cruise
    // missile launchers"): the longer phrase wins and proposes nothing.
    ("launcher", ""),
    ("launchers", ""),
    ("rocket launcher", ""),
    ("rocket launchers", ""),
    ("missile launcher", ""),
    ("missile launchers", ""),
    ("cruise missile launcher", ""),
    ("cruise missile launchers", ""),
    ("ballistic missile launcher", ""),
    ("ballistic missile launchers", ""),
    ("machine gun", "small_arms"),
    ("machine guns", "small_arms"),
    ("machine-gun fire", "small_arms"),
    ("gunmen", "small_arms"),
];

/// Words that name an event, and the (event type, sub-type) keys they mean; Arabic's are
/// [`crate::propose::lexicon::ar::terms::EVENT_CUES`], numbered on from these.
pub const EVENT_CUES: &[(&str, &str, &str)] = &[
    (
        "rocket",
        "explosions_remote_violence",
        "shelling_artillery_missile",
    ),
    (
        "rockets",
        "explosions_remote_violence",
        "shelling_artillery_missile",
    ),
    (
        "Katyusha",
        "explosions_remote_violence",
        "shelling_artillery_missile",
    ),
    (
        "mortar",
        "explosions_remote_violence",
        "shelling_artillery_missile",
    ),
    (
        "shelling",
        "explosions_remote_violence",
        "shelling_artillery_missile",
    ),
    // Rockets and mortars as militaries report them: "the base came under indirect fire".
    (
        "indirect fire",
        "explosions_remote_violence",
        "shelling_artillery_missile",
    ),
    // "Turkish artillery shelled villages", "US cruise missiles struck".
    (
        "shelled",
        "explosions_remote_violence",
        "shelling_artillery_missile",
    ),
    (
        "artillery",
        "explosions_remote_violence",
        "shelling_artillery_missile",
    ),
    (
        "missile",
        "explosions_remote_violence",
        "shelling_artillery_missile",
    ),
    (
        "missiles",
        "explosions_remote_violence",
        "shelling_artillery_missile",
    ),
    ("drone", "explosions_remote_violence", "air_drone_strike"),
    (
        "bomb-laden drone",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    (
        "bomb-laden drones",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    ("drones", "explosions_remote_violence", "air_drone_strike"),
    ("UAV", "explosions_remote_violence", "air_drone_strike"),
    (
        "unmanned aircraft",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    (
        "air strike",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    (
        "airstrike",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    // Plurals and other words for strikes from the air, barrel bombs dropped from helicopters.
    (
        "airstrikes",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    (
        "air strikes",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    ("air raid", "explosions_remote_violence", "air_drone_strike"),
    (
        "air raids",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    (
        "warplanes",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    // Aircraft named with what they did, and fighter jets: "US aircraft struck …".
    ("warplane", "explosions_remote_violence", "air_drone_strike"),
    (
        "aircraft struck",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    (
        "aircraft bombed",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    (
        "aircraft targeted",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    (
        "jets struck",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    (
        "fighter jets",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    // "Israeli jets bombed Iranian positions", "helicopter gunships".
    ("jets", "explosions_remote_violence", "air_drone_strike"),
    ("bombers", "explosions_remote_violence", "air_drone_strike"),
    ("gunships", "explosions_remote_violence", "air_drone_strike"),
    (
        "barrel bomb",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    (
        "barrel bombs",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    (
        "roadside bomb",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    // A blast by the road: "a roadside explosion hit a convoy".
    (
        "roadside explosion",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "roadside blast",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "roadside bombs",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    ("IED", "explosions_remote_violence", "remote_explosive_ied"),
    (
        "suicide vehicle",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    ("EFP", "explosions_remote_violence", "remote_explosive_ied"),
    (
        "explosively formed",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "car bomb",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    // What carries a charge: "a suicide car bomber attacked", "a car packed with explosives".
    (
        "car bomber",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "truck bomb",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "truck bomber",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "packed with explosives",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "loaded with explosives",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "filled with explosives",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "laden with explosives",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "tons of explosives",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "pounds of explosives",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "kilograms of explosives",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "boat loaded with explosives",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    ("bomb", "explosions_remote_violence", "remote_explosive_ied"),
    (
        "bombs",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    // A suicide attack is proposed as a bomb set off there, as the labelled cases code it;
    // ACLED's own *Suicide bomb* is in the vocabulary for the analyst who codes it so.
    (
        "suicide bomber",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "suicide bombing",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "suicide bombers",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "blew themselves up",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "blew himself up",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "magnetic mine",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "naval mines",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "suicide bombings",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "car bombing",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "car bombings",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "roadside bombing",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "roadside bombings",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "VBIED",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "landmine",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "explosive device",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    // A boat that carries its charge to a ship's side is an explosive set off there, like a
    // roadside bomb ("drone boat" wins over "drone").
    (
        "explosive boat",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "explosive-laden boat",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "drone boat",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "drone boats",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "unmanned surface vessel",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "uncrewed surface vessel",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    ("USV", "explosions_remote_violence", "remote_explosive_ied"),
    // A grenade thrown by hand: ACLED's own sub-type.
    ("grenade", "explosions_remote_violence", "grenade"),
    ("grenades", "explosions_remote_violence", "grenade"),
    ("stun grenade", "", ""),
    ("stun grenades", "", ""),
    // Grenades fired at close range by armed men: a fight, not shelling.
    ("rocket-propelled grenade", "battles", "armed_clash"),
    ("rocket-propelled grenades", "battles", "armed_clash"),
    ("RPG", "battles", "armed_clash"),
    ("RPGs", "battles", "armed_clash"),
    ("stormed", "riots", "mob_violence"),
    // Armed men storming a compound fight its guards: "Muslim militants stormed the consulate".
    ("militants stormed", "battles", "armed_clash"),
    ("gunmen stormed", "battles", "armed_clash"),
    ("insurgents stormed", "battles", "armed_clash"),
    ("attackers stormed", "battles", "armed_clash"),
    ("fighters stormed", "battles", "armed_clash"),
    ("bombers stormed", "battles", "armed_clash"),
    // The same in a headline's present: "Suicide bombers storm US base".
    ("militants storm", "battles", "armed_clash"),
    ("gunmen storm", "battles", "armed_clash"),
    ("insurgents storm", "battles", "armed_clash"),
    ("attackers storm", "battles", "armed_clash"),
    ("fighters storm", "battles", "armed_clash"),
    ("bombers storm", "battles", "armed_clash"),
    // Fire from an enemy in a fight: "was killed by enemy fire".
    ("enemy fire", "battles", "armed_clash"),
    ("storming", "riots", "mob_violence"),
    ("stormed the", "riots", "mob_violence"),
    // The present of a headline ("protesters storm the US embassy"); "storm" alone is weather.
    ("storm the", "riots", "mob_violence"),
    ("storms the", "riots", "mob_violence"),
    ("clashes", "battles", "armed_clash"),
    // Fire exchanged with or opened on armed men, ambushes.
    ("opened fire", "battles", "armed_clash"),
    ("firefight", "battles", "armed_clash"),
    ("shootout", "battles", "armed_clash"),
    ("shoot-out", "battles", "armed_clash"),
    ("gun battle", "battles", "armed_clash"),
    ("gunbattle", "battles", "armed_clash"),
    ("gunfight", "battles", "armed_clash"),
    ("exchange of fire", "battles", "armed_clash"),
    ("exchanged fire", "battles", "armed_clash"),
    // A ground attack fought off: "US forces repelled an assault by pro-government fighters".
    ("repelled", "battles", "armed_clash"),
    ("ground assault", "battles", "armed_clash"),
    ("ambush", "battles", "armed_clash"),
    ("ambushed", "battles", "armed_clash"),
    ("clashed", "battles", "armed_clash"),
];

/// Who attacked rather than how, read only when the span names no way of attacking: armed men
/// attacking fight ("gunmen attacked a checkpoint"), but "gunmen planted a roadside bomb" is a
/// bombing. Arabic's are [`crate::propose::lexicon::ar::terms::ATTACKERS_CUES`], numbered on from these.
pub const ATTACKERS_CUES: &[(&str, &str, &str)] = &[
    ("gunmen", "battles", "armed_clash"),
    ("armed men", "battles", "armed_clash"),
    ("militants attacked", "battles", "armed_clash"),
];

/// Crowds, which make mob violence where the span has them do harm ("protesters set fire to the
/// reception area", Arabic's in [`crate::propose::lexicon::ar::terms::CROWDS`]); a crowd gathering is no event here.
pub const CROWDS: &[&str] = &[
    "protesters",
    "protestors",
    "demonstrators",
    "rioters",
    "mob",
    "crowd",
    "mourners",
];

/// Words that name a kind of target, and its key; Arabic's are [`crate::propose::lexicon::ar::terms::TARGET_CUES`],
/// numbered on from these.
pub const TARGET_CUES: &[(&str, &str)] = &[
    ("embassy", "diplomatic_facility"),
    ("consulate", "diplomatic_facility"),
    ("diplomatic", "diplomatic_facility"),
    ("Green Zone", "diplomatic_facility"),
    ("air base", "military_base"),
    ("airbase", "military_base"),
    // "the U.S.-run Bagram Air Field", "the main U.S. military airfield".
    ("airfield", "military_base"),
    ("air field", "military_base"),
    ("base", "military_base"),
    ("camp", "military_base"),
    ("outpost", "military_base"),
    ("landing zone", "military_base"),
    // "The rockets hit barracks facilities housing troops."
    ("barracks", "military_base"),
    ("convoy", "logistics_convoy"),
    ("convoys", "logistics_convoy"),
    ("supply", "logistics_convoy"),
    ("airport", "airport"),
    // Ships: of a navy, and of trade.
    ("warship", "naval_vessel"),
    ("warships", "naval_vessel"),
    ("destroyer", "naval_vessel"),
    ("destroyers", "naval_vessel"),
    ("frigate", "naval_vessel"),
    ("aircraft carrier", "naval_vessel"),
    ("navy ship", "naval_vessel"),
    ("naval vessel", "naval_vessel"),
    ("USS", "naval_vessel"),
    ("tanker", "commercial_ship"),
    ("oil tanker", "commercial_ship"),
    ("bulk carrier", "commercial_ship"),
    ("cargo ship", "commercial_ship"),
    ("container ship", "commercial_ship"),
    ("merchant ship", "commercial_ship"),
    ("merchant vessel", "commercial_ship"),
    ("commercial ship", "commercial_ship"),
    ("commercial vessel", "commercial_ship"),
    ("commercial shipping", "commercial_ship"),
    ("tankers", "commercial_ship"),
    ("cargo vessel", "commercial_ship"),
    ("cargo vessels", "commercial_ship"),
    ("cargo ships", "commercial_ship"),
    ("merchant ships", "commercial_ship"),
    ("merchant vessels", "commercial_ship"),
    ("container vessel", "commercial_ship"),
    ("bulk carriers", "commercial_ship"),
    // A ship named by the flag it flies ("the Liberia-flagged Eternity C") is a merchant one:
    // a navy's ship is named by its navy.
    ("flagged", "commercial_ship"),
    // A merchant ship's prefix (motor vessel), and a bulk carrier as the trade calls it.
    ("M/V", "commercial_ship"),
    ("bulker", "commercial_ship"),
    ("bulkers", "commercial_ship"),
    ("house", "civilian_area"),
    ("neighbourhood", "civilian_area"),
    ("neighborhood", "civilian_area"),
    ("residential", "civilian_area"),
    ("village", "civilian_area"),
];

/// Words of a crowd doing harm: burning, smashing, pelting, breaking in, attacking.
pub const CROWD_HARM: &[&str] = &[
    "torched",
    "burned",
    "burnt",
    "smashed",
    "hurled",
    "pelted",
    "attacked",
    "ransacked",
    "looted",
    "vandalised",
    "vandalized",
];

/// Two words of a crowd doing harm ("set fire", "broke into"): the first's forms, the second's.
pub const CROWD_HARM_PAIRS: &[(&[&str], &[&str])] = &[
    (&["set", "setting"], &["fire", "ablaze"]),
    (&["broke", "breaking"], &["into", "through"]),
];

/// Words before a weapon that make it the cause of the event, an earlier one ("angered by US
/// airstrikes", "in retaliation for the strike").
pub const IN_RETALIATION: &[&str] = &[
    "angered by",
    "enraged by",
    "outraged by",
    "in response to",
    "retaliation for",
    "revenge for",
    "to avenge",
];

package org.karabakh.timeline.openapi;

/**
 * Response examples for the OpenAPI document, taken from the service answering the documented
 * example requests (long lists cut short). A test checks that each still has the shape the live
 * service returns for its request, so they cannot drift from reality.
 */
public final class Examples {

    /** GET /api/v1/events/trilateral-statement-2020-11-09. */
    public static final String EVENT = """
            {
              "id": "trilateral-statement-2020-11-09",
              "title": "Trilateral statement on a complete ceasefire signed by Putin, Aliyev and Pashinyan",
              "summary": "The leaders of Russia, Azerbaijan and Armenia signed a joint statement on a complete ceasefire in Nagorno-Karabakh from 10 November 2020. Both sides kept the positions they held, some districts were handed back to Azerbaijan, prisoners of war and the bodies of the dead were exchanged, and Russian peacekeepers were deployed along the line of contact and the Lachin corridor.",
              "type": "agreement",
              "date": {
                "start": "2020-11-09",
                "end": null,
                "precision": "day",
                "qualifier": null,
                "display": "9 November 2020",
                "inferred": false,
                "note": "Three articles say the statement was signed on 9 November 2020 (one as \\"On November 9 that year\\", after a sentence about 27 September 2020); the Sputnik article says the agreement was reached \\"on the night of November 10\\", when the ceasefire took effect (\\"starting from November 10\\"). The event is dated at the signing, 9 November 2020.",
                "earliest": "2020-11-09",
                "latest": "2020-11-09"
              },
              "era": {
                "id": "war-2020-and-aftermath",
                "name": "The 2020 war and its aftermath"
              },
              "actors": [
                {
                  "id": "putin",
                  "name": "Vladimir Putin",
                  "kind": "person",
                  "role": "signatory"
                },
                {
                  "id": "aliyev",
                  "name": "Ilham Aliyev",
                  "kind": "person",
                  "role": "signatory"
                },
                {
                  "id": "pashinyan",
                  "name": "Nikol Pashinyan",
                  "kind": "person",
                  "role": "signatory"
                },
                {
                  "id": "russia",
                  "name": "Russia",
                  "kind": "state",
                  "role": "mediator"
                },
                {
                  "id": "azerbaijan",
                  "name": "Azerbaijan",
                  "kind": "state",
                  "role": "party"
                },
                {
                  "id": "armenia",
                  "name": "Armenia",
                  "kind": "state",
                  "role": "party"
                }
              ],
              "places": [
                {
                  "id": "nagorno-karabakh",
                  "name": "Nagorno-Karabakh",
                  "lat": 39.8153,
                  "lon": 46.7519
                },
                {
                  "id": "lachin-corridor",
                  "name": "Lachin corridor",
                  "lat": 39.6383,
                  "lon": 46.5461
                }
              ],
              "figures": [],
              "citations": [
                {
                  "sourceId": "inforos-hajiyev-peacekeepers",
                  "sourceTitle": "Russian peacekeepers fulfill job in Nagorno-Karabakh professionally",
                  "publisher": "News agency Inforos",
                  "quote": "On November 9, 2020 Russian President Vladimir Putin, Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan signed a joint statement on a complete ceasefire in Nagorno-Karabakh starting from November 10. Under the deal, Azerbaijan and Armenia maintained the positions that they had held, some of the districts were handed back to Baku, and the Russian peacekeepers were deployed along the contact line and to the Lachin corridor, which links Nagorno-Karabakh to Armenia."
                },
                {
                  "sourceId": "gsv-aliyev-interview",
                  "sourceTitle": "Aliyev considers the activity of Russian peacekeepers important for stabilization in Karabakh",
                  "publisher": "Group of Strategic Vision \\"Russia - Islamic World\\"",
                  "quote": "On November 9 that year, a trilateral statement was signed by Russian president Vladimir Putin, Azerbaijani president Ilham Aliyev and Armenian prime minister Nikol Pashinyan, which allowed to reach a complete cessation of hostilities in the conflict zone."
                },
                {
                  "sourceId": "tass-ayvazyan-briefing",
                  "sourceTitle": "Russian peacekeepers deterred bloodshed against Karabakh residents, says Armenian diplomat",
                  "publisher": "TASS",
                  "quote": "On November 9, 2020, Russian President Vladimir Putin, Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan signed a joint statement on a complete ceasefire in Nagorno-Karabakh."
                },
                {
                  "sourceId": "sputnik-putin-peacekeepers",
                  "sourceTitle": "Russian Peacekeepers Actively Working With All Parties Involved in Nagorno-Karabakh Conflict - Putin",
                  "publisher": "Sputnik",
                  "quote": "On the night of November 10, Azerbaijan and Armenia, with Moscow's support, reached a comprehensive ceasefire agreement, maintaining their respective positions and exchanging prisoners of war and the bodies of the deceased."
                },
                {
                  "sourceId": "putin-escalation-comments",
                  "sourceTitle": "Putin comments on Nagorno-Karabakh escalation",
                  "publisher": null,
                  "quote": "A Russian-mediated ceasefire ended the hostilities."
                }
              ],
              "createdAt": "2026-11-22T19:10:41.258905Z",
              "updatedAt": "2026-11-22T19:10:41.258905Z"
            }""";

    /** GET /api/v1/events with every parameter at its documented example: one event, {@link #EVENT}. */
    public static final String EVENT_PAGE = "{\"items\": [" + EVENT + "], \"page\": 0, \"size\": 20, \"total\": 1}";

    /** The same request with format=csv (shown with LF line ends; the service sends CRLF). */
    public static final String EVENTS_CSV = """
            id,start,end,precision,qualifier,display,inferred,type,era,title,summary,actors,places,source_ids
            trilateral-statement-2020-11-09,2020-11-09,,day,,9 November 2020,false,agreement,war-2020-and-aftermath,"Trilateral statement on a complete ceasefire signed by Putin, Aliyev and Pashinyan","The leaders of Russia, Azerbaijan and Armenia signed a joint statement on a complete ceasefire in Nagorno-Karabakh from 10 November 2020. Both sides kept the positions they held, some districts were handed back to Azerbaijan, prisoners of war and the bodies of the dead were exchanged, and Russian peacekeepers were deployed along the line of contact and the Lachin corridor.",Vladimir Putin (signatory); Ilham Aliyev (signatory); Nikol Pashinyan (signatory); Russia (mediator); Azerbaijan (party); Armenia (party),Nagorno-Karabakh; Lachin corridor,inforos-hajiyev-peacekeepers gsv-aliyev-interview tass-ayvazyan-briefing sputnik-putin-peacekeepers putin-escalation-comments""";

    /** The same request with format=ics (shown with LF line ends; the service sends CRLF). */
    public static final String EVENTS_ICS = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Conflict Timeline API//Nagorno-Karabakh timeline//EN
            CALSCALE:GREGORIAN
            X-WR-CALNAME:Nagorno-Karabakh conflict timeline
            BEGIN:VEVENT
            UID:trilateral-statement-2020-11-09@conflict-timeline
            DTSTAMP:20261122T191041Z
            CREATED:20261122T191041Z
            LAST-MODIFIED:20261122T191041Z
            DTSTART;VALUE=DATE:20201109
            DTEND;VALUE=DATE:20201110
            SUMMARY:Trilateral statement on a complete ceasefire signed by Putin\\, Aliy
             ev and Pashinyan
            DESCRIPTION:The leaders of Russia\\, Azerbaijan and Armenia signed a joint s
             tatement on a complete ceasefire in Nagorno-Karabakh from 10 November 2020
             . Both sides kept the positions they held\\, some districts were handed bac
             k to Azerbaijan\\, prisoners of war and the bodies of the dead were exchang
             ed\\, and Russian peacekeepers were deployed along the line of contact and\s
             the Lachin corridor.\\n\\nDate: 9 November 2020\\nThree articles say the stat
             ement was signed on 9 November 2020 (one as "On November 9 that year"\\, af
             ter a sentence about 27 September 2020)\\; the Sputnik article says the agr
             eement was reached "on the night of November 10"\\, when the ceasefire took
              effect ("starting from November 10"). The event is dated at the signing\\,
              9 November 2020.\\n\\nSources:\\n- "On November 9\\, 2020 Russian President V
             ladimir Putin\\, Azerbaijani President Ilham Aliyev and Armenian Prime Mini
             ster Nikol Pashinyan signed a joint statement on a complete ceasefire in N
             agorno-Karabakh starting from November 10. Under the deal\\, Azerbaijan and
              Armenia maintained the positions that they had held\\, some of the distric
             ts were handed back to Baku\\, and the Russian peacekeepers were deployed a
             long the contact line and to the Lachin corridor\\, which links Nagorno-Kar
             abakh to Armenia." (Russian peacekeepers fulfill job in Nagorno-Karabakh p
             rofessionally\\, News agency Inforos)\\n- "On November 9 that year\\, a trila
             teral statement was signed by Russian president Vladimir Putin\\, Azerbaija
             ni president Ilham Aliyev and Armenian prime minister Nikol Pashinyan\\, wh
             ich allowed to reach a complete cessation of hostilities in the conflict z
             one." (Aliyev considers the activity of Russian peacekeepers important for
              stabilization in Karabakh\\, Group of Strategic Vision "Russia - Islamic W
             orld")\\n- "On November 9\\, 2020\\, Russian President Vladimir Putin\\, Azerb
             aijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan\s
             signed a joint statement on a complete ceasefire in Nagorno-Karabakh." (Ru
             ssian peacekeepers deterred bloodshed against Karabakh residents\\, says Ar
             menian diplomat\\, TASS)\\n- "On the night of November 10\\, Azerbaijan and A
             rmenia\\, with Moscow's support\\, reached a comprehensive ceasefire agreeme
             nt\\, maintaining their respective positions and exchanging prisoners of wa
             r and the bodies of the deceased." (Russian Peacekeepers Actively Working\s
             With All Parties Involved in Nagorno-Karabakh Conflict - Putin\\, Sputnik)\\
             n- "A Russian-mediated ceasefire ended the hostilities." (Putin comments o
             n Nagorno-Karabakh escalation)
            CATEGORIES:agreement
            TRANSP:TRANSPARENT
            END:VEVENT
            END:VCALENDAR""";

    /** The same request with format=geojson. */
    public static final String EVENTS_GEOJSON = """
            {
              "type": "FeatureCollection",
              "features": [
                {
                  "type": "Feature",
                  "id": "trilateral-statement-2020-11-09@nagorno-karabakh",
                  "geometry": {
                    "type": "Point",
                    "coordinates": [
                      46.7519,
                      39.8153
                    ]
                  },
                  "properties": {
                    "eventId": "trilateral-statement-2020-11-09",
                    "title": "Trilateral statement on a complete ceasefire signed by Putin, Aliyev and Pashinyan",
                    "type": "agreement",
                    "date": "9 November 2020",
                    "start": "2020-11-09",
                    "end": null,
                    "era": "war-2020-and-aftermath",
                    "placeId": "nagorno-karabakh",
                    "placeName": "Nagorno-Karabakh"
                  }
                },
                {
                  "type": "Feature",
                  "id": "trilateral-statement-2020-11-09@lachin-corridor",
                  "geometry": {
                    "type": "Point",
                    "coordinates": [
                      46.5461,
                      39.6383
                    ]
                  },
                  "properties": {
                    "eventId": "trilateral-statement-2020-11-09",
                    "title": "Trilateral statement on a complete ceasefire signed by Putin, Aliyev and Pashinyan",
                    "type": "agreement",
                    "date": "9 November 2020",
                    "start": "2020-11-09",
                    "end": null,
                    "era": "war-2020-and-aftermath",
                    "placeId": "lachin-corridor",
                    "placeName": "Lachin corridor"
                  }
                }
              ]
            }""";

    /** The same request with format=ndjson. */
    public static final String EVENTS_NDJSON = """
            {"id":"trilateral-statement-2020-11-09","title":"Trilateral statement on a complete ceasefire signed by Putin, Aliyev and Pashinyan","summary":"The leaders of Russia, Azerbaijan and Armenia signed a joint statement on a complete ceasefire in Nagorno-Karabakh from 10 November 2020. Both sides kept the positions they held, some districts were handed back to Azerbaijan, prisoners of war and the bodies of the dead were exchanged, and Russian peacekeepers were deployed along the line of contact and the Lachin corridor.","type":"agreement","date":{"start":"2020-11-09","end":null,"precision":"day","qualifier":null,"display":"9 November 2020","inferred":false,"note":"Three articles say the statement was signed on 9 November 2020 (one as \\"On November 9 that year\\", after a sentence about 27 September 2020); the Sputnik article says the agreement was reached \\"on the night of November 10\\", when the ceasefire took effect (\\"starting from November 10\\"). The event is dated at the signing, 9 November 2020.","earliest":"2020-11-09","latest":"2020-11-09"},"era":{"id":"war-2020-and-aftermath","name":"The 2020 war and its aftermath"},"actors":[{"id":"putin","name":"Vladimir Putin","kind":"person","role":"signatory"},{"id":"aliyev","name":"Ilham Aliyev","kind":"person","role":"signatory"},{"id":"pashinyan","name":"Nikol Pashinyan","kind":"person","role":"signatory"},{"id":"russia","name":"Russia","kind":"state","role":"mediator"},{"id":"azerbaijan","name":"Azerbaijan","kind":"state","role":"party"},{"id":"armenia","name":"Armenia","kind":"state","role":"party"}],"places":[{"id":"nagorno-karabakh","name":"Nagorno-Karabakh","lat":39.8153,"lon":46.7519},{"id":"lachin-corridor","name":"Lachin corridor","lat":39.6383,"lon":46.5461}],"figures":[],"citations":[{"sourceId":"inforos-hajiyev-peacekeepers","sourceTitle":"Russian peacekeepers fulfill job in Nagorno-Karabakh professionally","publisher":"News agency Inforos","quote":"On November 9, 2020 Russian President Vladimir Putin, Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan signed a joint statement on a complete ceasefire in Nagorno-Karabakh starting from November 10. Under the deal, Azerbaijan and Armenia maintained the positions that they had held, some of the districts were handed back to Baku, and the Russian peacekeepers were deployed along the contact line and to the Lachin corridor, which links Nagorno-Karabakh to Armenia."},{"sourceId":"gsv-aliyev-interview","sourceTitle":"Aliyev considers the activity of Russian peacekeepers important for stabilization in Karabakh","publisher":"Group of Strategic Vision \\"Russia - Islamic World\\"","quote":"On November 9 that year, a trilateral statement was signed by Russian president Vladimir Putin, Azerbaijani president Ilham Aliyev and Armenian prime minister Nikol Pashinyan, which allowed to reach a complete cessation of hostilities in the conflict zone."},{"sourceId":"tass-ayvazyan-briefing","sourceTitle":"Russian peacekeepers deterred bloodshed against Karabakh residents, says Armenian diplomat","publisher":"TASS","quote":"On November 9, 2020, Russian President Vladimir Putin, Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan signed a joint statement on a complete ceasefire in Nagorno-Karabakh."},{"sourceId":"sputnik-putin-peacekeepers","sourceTitle":"Russian Peacekeepers Actively Working With All Parties Involved in Nagorno-Karabakh Conflict - Putin","publisher":"Sputnik","quote":"On the night of November 10, Azerbaijan and Armenia, with Moscow's support, reached a comprehensive ceasefire agreement, maintaining their respective positions and exchanging prisoners of war and the bodies of the deceased."},{"sourceId":"putin-escalation-comments","sourceTitle":"Putin comments on Nagorno-Karabakh escalation","publisher":null,"quote":"A Russian-mediated ceasefire ended the hostilities."}],"createdAt":"2026-11-22T19:10:41.258905Z","updatedAt":"2026-11-22T19:10:41.258905Z"}""";


    /** GET /api/v1/event-types. */
    public static final String EVENT_TYPE_PAGE = """
            {
              "items": [
                {
                  "id": "status-change",
                  "name": "Status change",
                  "description": "A change in the legal or administrative status of a territory."
                },
                {
                  "id": "declaration",
                  "name": "Declaration",
                  "description": "A formal declaration by a party, such as of secession or independence."
                },
                {
                  "id": "war",
                  "name": "War",
                  "description": "A sustained, large-scale armed conflict spanning months or years."
                },
                {
                  "id": "hostilities",
                  "name": "Hostilities",
                  "description": "An outbreak or resumption of fighting between the parties."
                },
                {
                  "id": "ceasefire",
                  "name": "Ceasefire",
                  "description": "An agreed halt to fighting."
                },
                {
                  "id": "agreement",
                  "name": "Agreement",
                  "description": "A signed statement or agreement between the parties and mediators."
                },
                {
                  "id": "deployment",
                  "name": "Deployment",
                  "description": "Troops or peacekeepers sent to an area."
                },
                {
                  "id": "military-operation",
                  "name": "Military operation",
                  "description": "An operation launched by one party's armed forces with a declared aim."
                },
                {
                  "id": "statement",
                  "name": "Statement",
                  "description": "Public remarks by an official: a speech, interview, briefing or seminar contribution."
                },
                {
                  "id": "negotiation",
                  "name": "Negotiation",
                  "description": "Talks between the parties, with or without mediators."
                },
                {
                  "id": "humanitarian",
                  "name": "Humanitarian",
                  "description": "What happens to civilians: displacement, return, shelter, protection."
                }
              ],
              "page": 0,
              "size": 20,
              "total": 11
            }""";

    /** GET /api/v1/sources with every parameter at its documented example. */
    public static final String SOURCE_PAGE = """
            {
              "items": [
                {
                  "id": "sputnik-putin-peacekeepers",
                  "title": "Russian Peacekeepers Actively Working With All Parties Involved in Nagorno-Karabakh Conflict - Putin",
                  "publisher": "Sputnik",
                  "via": null,
                  "url": "https://sputnikglobe.com/20230920/russian-peacekeepers-actively-working-with-all-parties-involved-in-nagorno-karabakh-conflict---1113521015.html",
                  "file": "003_a649518f2a481208.txt",
                  "date": {
                    "start": "2023-09-20",
                    "end": null,
                    "precision": "day",
                    "qualifier": null,
                    "display": "20 September 2023",
                    "inferred": false,
                    "note": "Header line \\"date 2023-09-20\\" and the timestamp 2023-09-20T11:16+0000.",
                    "earliest": "2023-09-20",
                    "latest": "2023-09-20"
                  }
                }
              ],
              "page": 0,
              "size": 20,
              "total": 1
            }""";

    /** GET /api/v1/sources/sputnik-putin-peacekeepers. */
    public static final String SOURCE = """
            {
              "id": "sputnik-putin-peacekeepers",
              "title": "Russian Peacekeepers Actively Working With All Parties Involved in Nagorno-Karabakh Conflict - Putin",
              "publisher": "Sputnik",
              "via": null,
              "url": "https://sputnikglobe.com/20230920/russian-peacekeepers-actively-working-with-all-parties-involved-in-nagorno-karabakh-conflict---1113521015.html",
              "file": "003_a649518f2a481208.txt",
              "date": {
                "start": "2023-09-20",
                "end": null,
                "precision": "day",
                "qualifier": null,
                "display": "20 September 2023",
                "inferred": false,
                "note": "Header line \\"date 2023-09-20\\" and the timestamp 2023-09-20T11:16+0000.",
                "earliest": "2023-09-20",
                "latest": "2023-09-20"
              },
              "text": " date 2023-09-20 https://sputnikglobe.com/20230920/russian-peacekeepers-actively-working-with-all-parties-involved-in-nagorno-karabakh-conflict---1113521015.html\\n\\nRussian Peacekeepers Actively Working With All Parties Involved in Nagorno-Karabakh Conflict - Putin\\n\\nRussian Peacekeepers Actively Working With All Parties Involved in Nagorno-Karabakh Conflict - Putin\\n\\nRussian President Vladimir Putin said on Wednesday that Russian peacekeepers in Nagorno-Karabakh are very actively working with all parties involved in the conflict and doing everything to protect civilians.\\n\\n2023-09-20T11:16+0000\\n\\n2023-09-20T11:16+0000\\n\\n2023-09-20T11:16+0000\\n\\nRussian President Vladimir Putin said on Wednesday that Russian peacekeepers in Nagorno-Karabakh are very actively working with all parties involved in the conflict and doing everything to protect civilians.Russia is in close contact with all parties to the conflict in Nagorno-Karabakh, and expressed hope that a de-escalation will be reached and a peaceful solution to the problem will be found, Putin said. On Tuesday, Baku announced the launch of \\"local-level anti-terrorist activities\\" in Nagorno-Karabakh aimed at \\"restoring the constitutional order.\\" It also said Azerbaijani forces only targeted military objects in Nagorno-Karabakh, while Armenian state media reported multiple casualties among civilians as a result of Azerbaijani strikes. Yerevan described the operation as aggression and reiterated that it had no military presence in the disputed region.In 1923, the region was granted the status of an autonomous area called the Nagorno-Karabakh Autonomous Oblast (NKAO) within the Azerbaijan Soviet Socialist Republic.In 1988, a movement for reunification with Armenia began in Nagorno-Karabakh. On September 2, 1991, it declared independence from Azerbaijan and changed its name to the Nagorno-Karabakh Republic. From 1992 to 1994, Azerbaijan attempted to regain control over the self-declared republic, resulting in full-scale military hostilities in which up to 30,000 people lost their lives.In 1994, the parties agreed to a ceasefire, but the status of the republic remained undetermined. In late September 2020, hostilities resumed in Nagorno-Karabakh. On the night of November 10, Azerbaijan and Armenia, with Moscow's support, reached a comprehensive ceasefire agreement, maintaining their respective positions and exchanging prisoners of war and the bodies of the deceased. Russian peacekeepers were deployed in the region, including the Lachin Corridor.In 2022 with the mediation of Russia, the United States, and the European Union, Yerevan and Baku began discussing the terms of a future peace agreement. In late May of this year, Armenian Prime Minister Nikol Pashinyan declared that Yerevan was ready to recognize Azerbaijan's sovereignty within its Soviet-era borders, including Karabakh.In September 2023, Russian President Vladimir Putin noted that the Armenian leadership had essentially recognized Azerbaijan's sovereignty over Nagorno-Karabakh. Azerbaijani leader Ilham Aliyev said that Azerbaijan and Armenia could sign a peace agreement by the end of the year if Yerevan did not change its stance.\\n\\n"
            }""";

    /** GET /api/v1/sources/tass-ayvazyan-briefing/events, cut to one of its six events. */
    public static final String SOURCE_EVENT_PAGE = "{\"items\": [" + EVENT + "], \"page\": 0, \"size\": 20, \"total\": 6}";

    /** GET /api/v1/actors?q=Aliyev&kind=person. */
    public static final String ACTOR_PAGE = """
            {
              "items": [
                {
                  "id": "aliyev",
                  "name": "Ilham Aliyev",
                  "kind": "person",
                  "description": "President of Azerbaijan."
                }
              ],
              "page": 0,
              "size": 20,
              "total": 1
            }""";

    /** GET /api/v1/actors/putin, cut to its first three events. */
    public static final String ACTOR = """
            {
              "id": "putin",
              "name": "Vladimir Putin",
              "kind": "person",
              "description": "President of Russia.",
              "events": [
                {
                  "id": "trilateral-statement-2020-11-09",
                  "title": "Trilateral statement on a complete ceasefire signed by Putin, Aliyev and Pashinyan",
                  "type": "agreement",
                  "date": {
                    "start": "2020-11-09",
                    "end": null,
                    "precision": "day",
                    "qualifier": null,
                    "display": "9 November 2020",
                    "inferred": false,
                    "note": "Three articles say the statement was signed on 9 November 2020 (one as \\"On November 9 that year\\", after a sentence about 27 September 2020); the Sputnik article says the agreement was reached \\"on the night of November 10\\", when the ceasefire took effect (\\"starting from November 10\\"). The event is dated at the signing, 9 November 2020.",
                    "earliest": "2020-11-09",
                    "latest": "2020-11-09"
                  },
                  "roles": [
                    "signatory"
                  ]
                },
                {
                  "id": "trilateral-statement-2021-01-11",
                  "title": "Trilateral statement on unblocking regional communications",
                  "type": "agreement",
                  "date": {
                    "start": "2021-01-11",
                    "end": null,
                    "precision": "day",
                    "qualifier": null,
                    "display": "11 January 2021",
                    "inferred": true,
                    "note": "The TASS article cites the statement only as \\"of January 11\\". The article dates from 6 May 2021 (see its source) and treats the statement as a recent, current framework that followed the 9 November 2020 statement, so the year is 2021.",
                    "earliest": "2021-01-11",
                    "latest": "2021-01-11"
                  },
                  "roles": [
                    "signatory"
                  ]
                },
                {
                  "id": "putin-on-armenian-recognition-2023-09",
                  "title": "Putin notes that Armenia has essentially recognised Azerbaijan's sovereignty over Karabakh",
                  "type": "statement",
                  "date": {
                    "start": "2023-09",
                    "end": null,
                    "precision": "month",
                    "qualifier": null,
                    "display": "September 2023",
                    "inferred": false,
                    "note": null,
                    "earliest": "2023-09-01",
                    "latest": "2023-09-30"
                  },
                  "roles": [
                    "speaker"
                  ]
                }
              ]
            }""";

    /** GET /api/v1/places, cut to its first two items. */
    public static final String PLACE_PAGE = """
            {
              "items": [
                {
                  "id": "baku",
                  "name": "Baku",
                  "kind": "city",
                  "lat": 40.4093,
                  "lon": 49.8671,
                  "description": "Capital of Azerbaijan; the articles use it for the Azerbaijani government.",
                  "alternativeNames": []
                },
                {
                  "id": "lachin-corridor",
                  "name": "Lachin corridor",
                  "kind": "corridor",
                  "lat": 39.6383,
                  "lon": 46.5461,
                  "description": "The road linking Nagorno-Karabakh to Armenia through the town of Lachin.",
                  "alternativeNames": [
                    "Lachin Corridor"
                  ]
                }
              ],
              "page": 0,
              "size": 20,
              "total": 5
            }""";

    /** GET /api/v1/places?format=geojson, cut to two features. */
    public static final String PLACES_GEOJSON = """
            {
              "type": "FeatureCollection",
              "features": [
                {
                  "type": "Feature",
                  "id": "baku",
                  "geometry": {
                    "type": "Point",
                    "coordinates": [
                      49.8671,
                      40.4093
                    ]
                  },
                  "properties": {
                    "id": "baku",
                    "name": "Baku",
                    "kind": "city",
                    "description": "Capital of Azerbaijan; the articles use it for the Azerbaijani government.",
                    "alternativeNames": []
                  }
                },
                {
                  "type": "Feature",
                  "id": "lachin-corridor",
                  "geometry": {
                    "type": "Point",
                    "coordinates": [
                      46.5461,
                      39.6383
                    ]
                  },
                  "properties": {
                    "id": "lachin-corridor",
                    "name": "Lachin corridor",
                    "kind": "corridor",
                    "description": "The road linking Nagorno-Karabakh to Armenia through the town of Lachin.",
                    "alternativeNames": [
                      "Lachin Corridor"
                    ]
                  }
                }
              ]
            }""";

    /** GET /api/v1/places/lachin-corridor. */
    public static final String PLACE = """
            {
              "id": "lachin-corridor",
              "name": "Lachin corridor",
              "kind": "corridor",
              "lat": 39.6383,
              "lon": 46.5461,
              "description": "The road linking Nagorno-Karabakh to Armenia through the town of Lachin.",
              "alternativeNames": [
                "Lachin Corridor"
              ],
              "events": [
                {
                  "id": "peacekeepers-deployed-2020",
                  "title": "Russian peacekeepers deploy along the line of contact and the Lachin corridor",
                  "type": "deployment",
                  "date": {
                    "start": "2020-11",
                    "end": null,
                    "precision": "month",
                    "qualifier": null,
                    "display": "November 2020",
                    "inferred": true,
                    "note": "No article dates the deployment itself. All four that report it tie it to the statement signed on 9 November 2020, with the ceasefire in force from 10 November; Aliyev's remark in September 2021 that \\"almost a year has passed\\" with the peacekeepers present agrees with November 2020.",
                    "earliest": "2020-11-01",
                    "latest": "2020-11-30"
                  }
                },
                {
                  "id": "trilateral-statement-2020-11-09",
                  "title": "Trilateral statement on a complete ceasefire signed by Putin, Aliyev and Pashinyan",
                  "type": "agreement",
                  "date": {
                    "start": "2020-11-09",
                    "end": null,
                    "precision": "day",
                    "qualifier": null,
                    "display": "9 November 2020",
                    "inferred": false,
                    "note": "Three articles say the statement was signed on 9 November 2020 (one as \\"On November 9 that year\\", after a sentence about 27 September 2020); the Sputnik article says the agreement was reached \\"on the night of November 10\\", when the ceasefire took effect (\\"starting from November 10\\"). The event is dated at the signing, 9 November 2020.",
                    "earliest": "2020-11-09",
                    "latest": "2020-11-09"
                  }
                }
              ]
            }""";

    /** GET /api/v1/eras. */
    public static final String ERA_PAGE = """
            {
              "items": [
                {
                  "id": "soviet-autonomy",
                  "name": "Soviet autonomy",
                  "description": "Nagorno-Karabakh as an autonomous oblast inside the Azerbaijan Soviet Socialist Republic, from its creation until the movement for reunification with Armenia.",
                  "span": {
                    "start": "1923",
                    "end": "1988",
                    "precision": "year",
                    "qualifier": null,
                    "display": "1923–1988",
                    "inferred": false,
                    "note": null,
                    "earliest": "1923-01-01",
                    "latest": "1988-12-31"
                  }
                },
                {
                  "id": "conflict-and-war-1988-1994",
                  "name": "Conflict and war, 1988-1994",
                  "description": "From the region's declared secession from the Azerbaijan SSR in February 1988, through its declaration of independence in 1991, to the 1992-1994 war and the 1994 ceasefire.",
                  "span": {
                    "start": "1988",
                    "end": "1994",
                    "precision": "year",
                    "qualifier": null,
                    "display": "1988–1994",
                    "inferred": false,
                    "note": null,
                    "earliest": "1988-01-01",
                    "latest": "1994-12-31"
                  }
                },
                {
                  "id": "frozen-conflict-1994-2020",
                  "name": "Frozen conflict, 1994-2020",
                  "description": "The years after the 1994 ceasefire, when the status of the self-declared republic stayed undetermined and the region saw sporadic fighting.",
                  "span": {
                    "start": "1994",
                    "end": "2020",
                    "precision": "year",
                    "qualifier": null,
                    "display": "1994–2020",
                    "inferred": false,
                    "note": null,
                    "earliest": "1994-01-01",
                    "latest": "2020-12-31"
                  }
                },
                {
                  "id": "war-2020-and-aftermath",
                  "name": "The 2020 war and its aftermath",
                  "description": "The hostilities that resumed on 27 September 2020, the 9 November 2020 trilateral statement, the deployment of Russian peacekeepers and the talks on a peace agreement that followed.",
                  "span": {
                    "start": "2020-09",
                    "end": "2023-09",
                    "precision": "month",
                    "qualifier": null,
                    "display": "September 2020 – September 2023",
                    "inferred": false,
                    "note": null,
                    "earliest": "2020-09-01",
                    "latest": "2023-09-30"
                  }
                },
                {
                  "id": "september-2023-offensive",
                  "name": "The September 2023 offensive",
                  "description": "Azerbaijan's operation of 19 September 2023, the ceasefire of the next day and the statements on sovereignty and a peace agreement that followed.",
                  "span": {
                    "start": "2023-09",
                    "end": null,
                    "precision": "month",
                    "qualifier": null,
                    "display": "September 2023",
                    "inferred": false,
                    "note": null,
                    "earliest": "2023-09-01",
                    "latest": "2023-09-30"
                  }
                }
              ],
              "page": 0,
              "size": 20,
              "total": 5
            }""";

    /** GET /api/v1/eras/war-2020-and-aftermath, cut to its first three events. */
    public static final String ERA = """
            {
              "id": "war-2020-and-aftermath",
              "name": "The 2020 war and its aftermath",
              "description": "The hostilities that resumed on 27 September 2020, the 9 November 2020 trilateral statement, the deployment of Russian peacekeepers and the talks on a peace agreement that followed.",
              "span": {
                "start": "2020-09",
                "end": "2023-09",
                "precision": "month",
                "qualifier": null,
                "display": "September 2020 – September 2023",
                "inferred": false,
                "note": null,
                "earliest": "2020-09-01",
                "latest": "2023-09-30"
              },
              "events": [
                {
                  "id": "hostilities-renewed-2020",
                  "title": "Hostilities resume between Azerbaijan and Armenia",
                  "type": "hostilities",
                  "date": {
                    "start": "2020-09-27",
                    "end": null,
                    "precision": "day",
                    "qualifier": null,
                    "display": "27 September 2020",
                    "inferred": false,
                    "note": "Three articles give 27 September 2020; the Sputnik article says \\"late September 2020\\", which agrees.",
                    "earliest": "2020-09-27",
                    "latest": "2020-09-27"
                  }
                },
                {
                  "id": "peacekeepers-deployed-2020",
                  "title": "Russian peacekeepers deploy along the line of contact and the Lachin corridor",
                  "type": "deployment",
                  "date": {
                    "start": "2020-11",
                    "end": null,
                    "precision": "month",
                    "qualifier": null,
                    "display": "November 2020",
                    "inferred": true,
                    "note": "No article dates the deployment itself. All four that report it tie it to the statement signed on 9 November 2020, with the ceasefire in force from 10 November; Aliyev's remark in September 2021 that \\"almost a year has passed\\" with the peacekeepers present agrees with November 2020.",
                    "earliest": "2020-11-01",
                    "latest": "2020-11-30"
                  }
                },
                {
                  "id": "trilateral-statement-2020-11-09",
                  "title": "Trilateral statement on a complete ceasefire signed by Putin, Aliyev and Pashinyan",
                  "type": "agreement",
                  "date": {
                    "start": "2020-11-09",
                    "end": null,
                    "precision": "day",
                    "qualifier": null,
                    "display": "9 November 2020",
                    "inferred": false,
                    "note": "Three articles say the statement was signed on 9 November 2020 (one as \\"On November 9 that year\\", after a sentence about 27 September 2020); the Sputnik article says the agreement was reached \\"on the night of November 10\\", when the ceasefire took effect (\\"starting from November 10\\"). The event is dated at the signing, 9 November 2020.",
                    "earliest": "2020-11-09",
                    "latest": "2020-11-09"
                  }
                }
              ]
            }""";

    /** GET /api/v1/timeline with the event filters at their documented examples. */
    public static final String TIMELINE = """
            {"groupBy": "year", "total": 1, "groups": [{"key": "2020", "label": "2020", "start": "2020-01-01",
              "end": "2020-12-31", "events": [""" + EVENT + "]}]}";

    /** GET /api/v1/export/timelinejs with the event filters at their documented examples. */
    public static final String TIMELINEJS = """
            {
              "title": {
                "text": {
                  "headline": "The Nagorno-Karabakh conflict",
                  "text": "<p>Key dated events from 1923 to 2023, each grounded in verbatim quotes from news articles.</p>"
                }
              },
              "events": [
                {
                  "start_date": {
                    "year": 2020,
                    "month": 11,
                    "day": 9
                  },
                  "display_date": "9 November 2020",
                  "text": {
                    "headline": "Trilateral statement on a complete ceasefire signed by Putin, Aliyev and Pashinyan",
                    "text": "<p>The leaders of Russia, Azerbaijan and Armenia signed a joint statement on a complete ceasefire in Nagorno-Karabakh from 10 November 2020. Both sides kept the positions they held, some districts were handed back to Azerbaijan, prisoners of war and the bodies of the dead were exchanged, and Russian peacekeepers were deployed along the line of contact and the Lachin corridor.</p><blockquote>On November 9, 2020 Russian President Vladimir Putin, Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan signed a joint statement on a complete ceasefire in Nagorno-Karabakh starting from November 10. Under the deal, Azerbaijan and Armenia maintained the positions that they had held, some of the districts were handed back to Baku, and the Russian peacekeepers were deployed along the contact line and to the Lachin corridor, which links Nagorno-Karabakh to Armenia.</blockquote><p><cite>Russian peacekeepers fulfill job in Nagorno-Karabakh professionally, News agency Inforos</cite></p><blockquote>On November 9 that year, a trilateral statement was signed by Russian president Vladimir Putin, Azerbaijani president Ilham Aliyev and Armenian prime minister Nikol Pashinyan, which allowed to reach a complete cessation of hostilities in the conflict zone.</blockquote><p><cite>Aliyev considers the activity of Russian peacekeepers important for stabilization in Karabakh, Group of Strategic Vision &quot;Russia - Islamic World&quot;</cite></p><blockquote>On November 9, 2020, Russian President Vladimir Putin, Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan signed a joint statement on a complete ceasefire in Nagorno-Karabakh.</blockquote><p><cite>Russian peacekeepers deterred bloodshed against Karabakh residents, says Armenian diplomat, TASS</cite></p><blockquote>On the night of November 10, Azerbaijan and Armenia, with Moscow's support, reached a comprehensive ceasefire agreement, maintaining their respective positions and exchanging prisoners of war and the bodies of the deceased.</blockquote><p><cite>Russian Peacekeepers Actively Working With All Parties Involved in Nagorno-Karabakh Conflict - Putin, Sputnik</cite></p><blockquote>A Russian-mediated ceasefire ended the hostilities.</blockquote><p><cite>Putin comments on Nagorno-Karabakh escalation</cite></p>"
                  },
                  "group": "The 2020 war and its aftermath",
                  "unique_id": "trilateral-statement-2020-11-09"
                }
              ],
              "eras": [
                {
                  "start_date": {
                    "year": 1923,
                    "month": 1,
                    "day": 1
                  },
                  "end_date": {
                    "year": 1988,
                    "month": 12,
                    "day": 31
                  },
                  "text": {
                    "headline": "Soviet autonomy",
                    "text": "Nagorno-Karabakh as an autonomous oblast inside the Azerbaijan Soviet Socialist Republic, from its creation until the movement for reunification with Armenia."
                  }
                },
                {
                  "start_date": {
                    "year": 1988,
                    "month": 1,
                    "day": 1
                  },
                  "end_date": {
                    "year": 1994,
                    "month": 12,
                    "day": 31
                  },
                  "text": {
                    "headline": "Conflict and war, 1988-1994",
                    "text": "From the region's declared secession from the Azerbaijan SSR in February 1988, through its declaration of independence in 1991, to the 1992-1994 war and the 1994 ceasefire."
                  }
                },
                {
                  "start_date": {
                    "year": 1994,
                    "month": 1,
                    "day": 1
                  },
                  "end_date": {
                    "year": 2020,
                    "month": 12,
                    "day": 31
                  },
                  "text": {
                    "headline": "Frozen conflict, 1994-2020",
                    "text": "The years after the 1994 ceasefire, when the status of the self-declared republic stayed undetermined and the region saw sporadic fighting."
                  }
                },
                {
                  "start_date": {
                    "year": 2020,
                    "month": 9,
                    "day": 1
                  },
                  "end_date": {
                    "year": 2023,
                    "month": 9,
                    "day": 30
                  },
                  "text": {
                    "headline": "The 2020 war and its aftermath",
                    "text": "The hostilities that resumed on 27 September 2020, the 9 November 2020 trilateral statement, the deployment of Russian peacekeepers and the talks on a peace agreement that followed."
                  }
                },
                {
                  "start_date": {
                    "year": 2023,
                    "month": 9,
                    "day": 1
                  },
                  "end_date": {
                    "year": 2023,
                    "month": 9,
                    "day": 30
                  },
                  "text": {
                    "headline": "The September 2023 offensive",
                    "text": "Azerbaijan's operation of 19 September 2023, the ceasefire of the next day and the statements on sovereignty and a peace agreement that followed."
                  }
                }
              ]
            }""";

    /** GET /api/v1/meta. */
    public static final String META = """
            {
              "datasetVersion": "395da32f6d588fd2a5f7292454891c3a7a026f8f79a08d1888fa810c99459a2e",
              "loadedAt": "2026-11-22T19:10:41.258905Z",
              "counts": {
                "events": 21,
                "citations": 54,
                "sources": 5,
                "actors": 18,
                "places": 5,
                "eras": 5
              },
              "span": {
                "earliest": "1923-01-01",
                "latest": "2023-09-30"
              }
            }""";

    private Examples() {
    }
}

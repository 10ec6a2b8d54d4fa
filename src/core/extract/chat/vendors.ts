/**
 * Live-chat vendors, as data: one entry per vendor, built from each vendor's documented embed
 * snippet (the `source` URL). The chat extractor reads these; adding a vendor is adding an entry.
 *
 * Matching rules (see chat.ts):
 *  - `urls` are tested on "host/path" of <script src>, <iframe src>, URLs written inside inline
 *    scripts, and (weakly) <link rel=preconnect|dns-prefetch|preload> hrefs. Lower case, no scheme.
 *  - `snippets` are case-sensitive substrings of inline script text that only the vendor's snippet writes.
 *  - `globals` are the window names the snippet defines; `window.NAME` in an inline script counts.
 *  - `calls` are API calls that open the widget, matched in inline scripts and event handlers.
 *  - `elements` are what the snippet or the running widget puts in the DOM: '#id' (a trailing '*'
 *    matches an id prefix), '.class' or a bare custom tag name. They catch the live, rendered DOM.
 *  - `weakElements` are generic names (Zendesk's iframe#launcher) that count only beside another signal.
 */
export interface ChatVendor {
  /** Lower-case id, the finding's value. */
  id: string;
  name: string;
  urls: RegExp[];
  snippets: string[];
  globals: string[];
  /**
   * The vendor's documented JavaScript API calls (Intercom('show'), Tawk_API.toggle()...): a
   * "Chat with us" button wired to one is evidence of the widget even when a tag manager, not the
   * page, loads it. Matched in inline scripts and in onclick/javascript: handlers, after a non-name
   * character; short names carry their first argument (zE('messenger'), not zE(, which minifiers also write).
   */
  calls?: string[];
  elements: string[];
  weakElements?: string[];
  /** A bot only, no human behind it: reported with the 'bot' flag. */
  bot?: boolean;
  /** A product sold for sales conversations (Drift, Qualified): its chat is for sales by default. */
  role?: 'sales';
  /** The vendor's documentation of the embed snippet. */
  source: string;
}

export const CHAT_VENDORS: readonly ChatVendor[] = [
  { id: 'intercom', name: 'Intercom', source: 'https://developers.intercom.com/installing-intercom/web/installation/',
    urls: [/(^|\.)widget\.intercom\.io\//, /(^|\.)js\.intercomcdn\.com\//],
    snippets: ['intercomSettings', "Intercom('boot'", 'Intercom("boot"'], calls: ['Intercom('], globals: ['Intercom', 'intercomSettings'],
    elements: ['#intercom-container', '#intercom-frame', '.intercom-lightweight-app', '.intercom-launcher-frame'] },
  { id: 'drift', name: 'Drift', role: 'sales', source: 'https://devdocs.drift.com/docs/drift-javascript-api',
    urls: [/(^|\.)js\.driftt\.com\//, /(^|\.)widget\.drift\.com\//],
    snippets: ['drift.load(', 'Drift snippet included twice'], calls: ['drift.api.', 'drift.on('], globals: ['drift', 'driftt'],
    elements: ['#drift-widget', '#drift-widget-container', '#drift-frame-controller', '#drift-frame-chat'] },
  // Web Widget (messaging) and Web Widget (Classic) share the ze-snippet loader; Zendesk Chat's
  // older $zopim snippet loads from v2.zopim.com. Both documented in the second source.
  { id: 'zendesk', name: 'Zendesk', source: 'https://support.zendesk.com/hc/en-us/articles/4500748175258 ; https://support.zendesk.com/hc/en-us/articles/115007912068',
    urls: [/(^|\.)static\.zdassets\.com\/ekr\//, /(^|\.)ekr\.zdassets\.com\//, /(^|\.)assets\.zendesk\.com\/embeddable_framework\//, /(^|\.)v2\.zopim\.com\//, /(^|\.)static\.zdassets\.com\/web_widget\//],
    snippets: ['zESettings', 'zEmbed', '$zopim'], calls: ["zE('webWidget'", 'zE("webWidget"', "zE('messenger'", 'zE("messenger"', '$zopim.'], globals: ['zE', 'zESettings', 'zEmbed', '$zopim'],
    elements: ['#ze-snippet', '#webWidget'], weakElements: ['#launcher'] },
  { id: 'livechat', name: 'LiveChat', source: 'https://platform.text.com/docs/guides/installing-livechat',
    urls: [/(^|\.)cdn\.livechatinc\.com\//, /(^|\.)secure\.livechatinc\.com\//, /(^|\.)secure\.livechat\.com\//],
    snippets: ['__lc.license', 'LiveChatWidget'], calls: ['LiveChatWidget.call(', 'LC_API.'], globals: ['LiveChatWidget', '__lc', 'LC_API'],
    elements: ['#livechat-compact-container', '#livechat-full'], weakElements: ['#chat-widget-container', '#chat-widget'] },
  { id: 'tawk', name: 'Tawk.to', source: 'https://developer.tawk.to/jsapi/',
    urls: [/(^|\.)embed\.tawk\.to\//], snippets: ['Tawk_API', 'Tawk_LoadStart'], calls: ['Tawk_API.'], globals: ['Tawk_API'], elements: [] },
  { id: 'crisp', name: 'Crisp', source: 'https://docs.crisp.chat/guides/chatbox-sdks/web-sdk/',
    urls: [/(^|\.)client\.crisp\.chat\//], snippets: ['CRISP_WEBSITE_ID', '$crisp'], calls: ['$crisp.push('], globals: ['$crisp', 'CRISP_WEBSITE_ID'],
    elements: ['.crisp-client', '#crisp-chatbox'] },
  // js.hs-scripts.com is HubSpot's tracking code: it loads the chat only when a chatflow is on, so
  // it is not listed; the conversations loader, the settings object and the widget's iframe are.
  { id: 'hubspot', name: 'HubSpot', source: 'https://developers.hubspot.com/docs/api/conversation/chat-widget-sdk',
    urls: [/(^|\.)js(-[a-z0-9]+)?\.usemessages\.com\//, /(^|\.)app(-[a-z0-9]+)?\.hubspot\.com\/conversations-visitor\//],
    snippets: ['hsConversationsSettings', 'hsConversationsOnReady'], calls: ['HubSpotConversations.widget.'], globals: ['HubSpotConversations', 'hsConversationsSettings'],
    elements: ['#hubspot-messages-iframe-container', '#hubspot-conversations-iframe', '#hubspot-messages-loader'] },
  { id: 'tidio', name: 'Tidio', source: 'https://help.tidio.com/hc/en-us/articles/5463607160860-Widget-SDK',
    urls: [/(^|\.)code\.tidio\.co\//, /(^|\.)widget-v4\.tidiochat\.com\//], snippets: ['tidioChatApi', 'tidioIdentify'], calls: ['tidioChatApi.'], globals: ['tidioChatApi'],
    elements: ['#tidio-chat', '#tidio-chat-iframe', '#tidio-chat-code'] },
  // Freshchat's own loader, and the Freshworks CRM/Freshsales widget from fw-cdn.com that loads it.
  { id: 'freshchat', name: 'Freshchat', source: 'https://developers.freshchat.com/web-sdk/',
    urls: [/(^|\.)wchat\.([a-z]{2}\.)?freshchat\.com\//, /\.freshchat\.com\/js\/widget\.js/, /(^|\.)fw-cdn\.com\//],
    snippets: ['fcWidget', 'fcSettings'], calls: ['fcWidget.'], globals: ['fcWidget', 'fcSettings'],
    elements: ['#fc_frame', '#fc_widget', '#freshchat-js-sdk', '#freshworks-container'] },
  { id: 'olark', name: 'Olark', source: 'https://www.olark.com/help/',
    urls: [/(^|\.)static\.olark\.com\/jsclient\//], snippets: ['olark.identify(', "olark('api."], calls: ["olark('api.", 'olark("api.'], globals: ['olark'],
    elements: ['#olark-wrapper', '#olark-box-container', '#olark-container', '.olark-launch-button'] },
  { id: 'liveperson', name: 'LivePerson', source: 'https://developers.liveperson.com/',
    urls: [/(^|\.)liveperson\.net\//, /(^|\.)lpsnmedia\.net\//], snippets: ['lpTag.site', 'window.lpTag'], calls: ['lpTag.'], globals: ['lpTag'],
    elements: ['.LPMcontainer', '#lpChat', '.lp_maximized'] },
  // Legacy Embedded Service Chat (esw.min.js, embedded_svc) and Messaging for In-App and Web
  // (bootstrap.min.js on a my.site.com ESW path, embeddedservice_bootstrap); Live Agent before both.
  { id: 'salesforce', name: 'Salesforce Embedded Service', source: 'https://developer.salesforce.com/docs/service/messaging-web/guide/introduction.html',
    urls: [/(^|\.)service\.force\.com\/embeddedservice\//, /\/embeddedservice\/[\d.]+\/esw(\.min)?\.js/, /\.my\.site\.com\/esw[^/]*\/assets\/js\/bootstrap(\.min)?\.js/, /(^|\.)salesforceliveagent\.com\//, /\.salesforce-scrt\.com\//],
    snippets: ['embedded_svc', 'embeddedservice_bootstrap', 'liveagent.init('], calls: ['embedded_svc.', 'embeddedservice_bootstrap.'], globals: ['embedded_svc', 'embeddedservice_bootstrap', 'liveagent'],
    elements: ['embedded-messaging', '#embedded-messaging', '#embeddedMessagingConversationButton', '#embeddedMessagingFrame', '.embeddedServiceHelpButton', '.embeddedServiceSidebar'] },
  { id: 'zoho-salesiq', name: 'Zoho SalesIQ', source: 'https://www.zoho.com/salesiq/help/jsapi.html',
    urls: [/(^|\.)salesiq\.zoho(public)?\.[a-z.]+\//, /(^|\.)js\.zohocdn\.com\/salesiq\//], snippets: ['$zoho.salesiq'], calls: ['$zoho.salesiq.'], globals: [],
    elements: ['#zsiqscript', '#zsiq_float', '#zsiqwidget', '.zsiq_floatmain'] },
  { id: 'gorgias', name: 'Gorgias', source: 'https://developers.gorgias.com/',
    urls: [/(^|\.)config\.gorgias\.chat\//, /(^|\.)config\.gorgias\.io\//, /(^|\.)gorgias-assets\.global\.ssl\.fastly\.net\/static\/public\/js\/gorgias-chat/],
    snippets: ['GorgiasChat'], calls: ['GorgiasChat.'], globals: ['GorgiasChat'],
    elements: ['#gorgias-chat-container', '#gorgias-chat-widget-install-v2', '#gorgias-chat-widget-install-v3'] },
  { id: 'helpscout', name: 'Help Scout Beacon', source: 'https://developer.helpscout.com/beacon-2/web/javascript-api/',
    urls: [/(^|\.)beacon-v2\.helpscout\.net\//], snippets: ["Beacon('init'", 'Beacon("init"'], calls: ["Beacon('", 'Beacon("'], globals: ['Beacon'],
    elements: ['#beacon-container', '.BeaconFabButtonFrame'] },
  { id: 'smartsupp', name: 'Smartsupp', source: 'https://docs.smartsupp.com/customization/chat-code/',
    urls: [/(^|\.)smartsuppchat\.com\//, /(^|\.)smartsupp\.com\/loader/], snippets: ['_smartsupp'], calls: ["smartsupp('", 'smartsupp("'], globals: ['smartsupp', '_smartsupp'],
    elements: ['#smartsupp-widget-container'], weakElements: ['#chat-application'] },
  { id: 'jivochat', name: 'JivoChat', source: 'https://www.jivochat.com/api/',
    urls: [/(^|\.)code(-[a-z]+)?\.jivosite\.com\//, /(^|\.)code\.jivo\.ru\//, /(^|\.)code\.jivochat\.com\//],
    snippets: ['jivo_api', 'jivo_onLoadCallback', 'jivo_config'], calls: ['jivo_api.'], globals: ['jivo_api', 'jivo_config'],
    elements: ['jdiv', '#jivo-iframe-container', '#jcont'] },
  { id: 'kustomer', name: 'Kustomer', source: 'https://developer.kustomer.com/chat-sdk/docs/installation',
    urls: [/(^|\.)cdn\.kustomerapp\.com\//], snippets: ['Kustomer.start', 'kustomerLoaded'], calls: ['Kustomer.open(', 'Kustomer.start('], globals: ['Kustomer'],
    elements: ['#kustomer-ui-sdk-iframe', '#kustomer-ui-sdk-frame'] },
  { id: 'gladly', name: 'Gladly', source: 'https://github.com/gladly/sidekick-examples',
    urls: [/(^|\.)cdn\.gladly\.com\/chat-sdk\//, /(^|\.)cdn\.gladly\.qa\/gladly\/chat-sdk\//],
    snippets: ['gladlyConfig', '__onHelpAppHostReady__'], calls: ['Gladly.show(', 'Gladly.init('], globals: ['Gladly', 'gladlyConfig'], elements: ['#gladlyChat_container'] },
  { id: 'front', name: 'Front Chat', source: 'https://dev.frontapp.com/docs/chat-sdk-reference',
    urls: [/(^|\.)chat-assets\.frontapp\.com\//], snippets: ["FrontChat('init'", 'FrontChat("init"'], calls: ['FrontChat('], globals: ['FrontChat'],
    elements: ['#front-chat-iframe', '#front-chat-container'] },
  // Self-hosted installs load sdk.js from the customer's own host: the snippet's names still say it.
  { id: 'chatwoot', name: 'Chatwoot', source: 'https://github.com/chatwoot/chatwoot (app/javascript/entrypoints/sdk.js)',
    urls: [/(^|\.)app\.chatwoot\.com\/packs\/js\/sdk\.js/], snippets: ['chatwootSDK', 'chatwootSettings'], calls: ['$chatwoot.'], globals: ['chatwootSDK', '$chatwoot'],
    elements: ['.woot-widget-holder', '.woot--bubble-holder', '#chatwoot_live_chat_widget'] },
  { id: 'userlike', name: 'Userlike', source: 'https://docs.userlike.com/',
    urls: [/(^|\.)userlike-cdn-widgets\.s3[a-z0-9.-]*\.amazonaws\.com\//, /(^|\.)widget\.userlike\.com\//], snippets: ['userlike-cdn-widgets'], globals: [],
    elements: ['#userlike', '#userlike-tab'] },
  { id: 'reamaze', name: 'Re:amaze', source: 'https://www.reamaze.com/api/embed',
    urls: [/(^|\.)cdn\.reamaze\.com\/assets\/reamaze/], snippets: ["_support['account']", '_support["account"]'], globals: ['_support'],
    elements: ['#reamaze-widget', '#reamaze-wrapper'] },
  { id: 'comm100', name: 'Comm100', source: 'https://www.comm100.com/platform/livechat/',
    urls: [/(^|\.)comm100\.(com|io)\/livechat\.ashx/, /(^|\.)(chatserver|vue|entchatserver)\d*\.comm100\.(com|io)\//], snippets: ['Comm100API'], calls: ['Comm100API.'], globals: ['Comm100API'],
    elements: ['#comm100-button-*', '#comm100-iframe', '#comm100-container'] },
  { id: 'purechat', name: 'Pure Chat', source: 'https://www.purechat.com/support/',
    urls: [/(^|\.)app\.purechat\.com\/visitorwidget\//], snippets: ['purechatApi', 'PCWidget'], calls: ['purechatApi.'], globals: ['purechatApi', 'PCWidget'],
    elements: ['#PureChatWidget'] },
  { id: 'chatra', name: 'Chatra', source: 'https://github.com/chatr/chatra',
    urls: [/(^|\.)(call|chat)\.chatra\.io\//], snippets: ['ChatraID', 'ChatraSetup'], calls: ["Chatra('", 'Chatra("'], globals: ['Chatra', 'ChatraID'], elements: ['#chatra'] },
  { id: 'qualified', name: 'Qualified', role: 'sales', source: 'https://support.qualified.com/s/article/Installing-Qualified-on-Your-Website',
    urls: [/(^|\.)js\.qualified\.com\/qualified\.js/], snippets: ['QualifiedObject'], calls: ["qualified('", 'qualified("'], globals: ['qualified', 'QualifiedObject'],
    elements: ['#q-messenger-frame'] },
  { id: 'genesys', name: 'Genesys Cloud Messenger', source: 'https://developer.genesys.cloud/commdigital/digital/webmessaging/messengersdk/',
    urls: [/(^|\.)apps\.([a-z0-9]+\.)?(mypurecloud\.[a-z.]+|pure\.cloud)\/(genesys-bootstrap|webchat)\//], snippets: ['_genesysJs', 'ININ.webchat'], calls: ["Genesys('command'", 'Genesys("command"', "Genesys('subscribe'", 'Genesys("subscribe"'], globals: ['Genesys'],
    elements: ['#genesys-messenger', '#genesys-mxg-frame'] },
  { id: 'dynamics365', name: 'Dynamics 365 Omnichannel', source: 'https://learn.microsoft.com/en-us/dynamics365/customer-service/develop/develop-live-chat-widget',
    urls: [/(^|\.)oc-cdn-[a-z0-9-]+\.azureedge\.net\/livechatwidget\//], snippets: ['Microsoft_Omnichannel_LCWidget'], calls: ['Microsoft.Omnichannel.LiveChatWidget.'], globals: [],
    elements: ['#Microsoft_Omnichannel_LCWidget', '#Microsoft_Omnichannel_LCWidget_Chat_Iframe_Window'] },
  { id: 'podium', name: 'Podium Webchat', source: 'https://docs.podium.com/docs/webchat',
    urls: [/(^|\.)connect\.podium\.com\/widget\.js/], snippets: [], calls: ['PodiumWebChat.'], globals: ['PodiumWebChat'], elements: ['#podium-widget', '#podium-website-widget'] },
  { id: 'trengo', name: 'Trengo', source: 'https://developers.trengo.com/docs/website-widget',
    urls: [/(^|\.)static\.widget\.trengo\.eu\//, /(^|\.)cdn\.widget\.trengo\.eu\//], snippets: ['Trengo.key'], calls: ['Trengo.Api.'], globals: ['Trengo'], elements: ['#trengo-web-widget'] },
  // Bots: a conversation, but with no person behind it (flagged 'bot', never a human channel).
  { id: 'ada', name: 'Ada', bot: true, source: 'https://docs.ada.cx/en/use-ada-with-your-website/deploy-ada-on-your-website-or-app/embed-ada-on-your-website.html',
    urls: [/(^|\.)static\.ada\.support\/embed/], snippets: ['adaEmbed', 'adaSettings'], calls: ['adaEmbed.'], globals: ['adaEmbed', 'adaSettings'],
    elements: ['#__ada', '#ada-button-frame', '#ada-chat-frame'] },
  { id: 'landbot', name: 'Landbot', bot: true, source: 'https://docs.landbot.io/web/',
    urls: [/(^|\.)(cdn|static)\.landbot\.io\//], snippets: ['Landbot.Livechat', 'Landbot.Popup', 'Landbot.ContainerPopup'], calls: ['Landbot.'], globals: ['Landbot'],
    elements: ['#landbot-container'] },
];

// English: the words every reader consults (language-pack.ts says what each field is for).
import type { LanguagePack } from '../language-pack.js';
import { EN_HOURS } from './hours/en.js';
import { EN_ROLES } from './roles/en.js';
import { EN_PAGE_NAMES } from './page-names/en.js';
import { EN_MAILBOXES } from './mailboxes/en.js';
import { EN_BLOCK_PAGE, EN_CRAWL } from './crawl/en.js';

export const EN: LanguagePack = {
  id: 'en',
  ...EN_HOURS,
  chatLauncher: ['chat', 'live chat', 'chat with us', 'message us', 'send us a message', 'talk to us', 'need help', 'help', 'support', 'ask us', 'questions?'],
  chatHandover: {
    says: 'talk to a (?:human|person|real person)|speak (?:to|with) a (?:human|person|real person)|chat with (?:a human|a person|a real person|an agent|a live agent|one of our (?:agents|advisors|experts))|connects? you (?:to|with) (?:a |an |one of our )?(?:live |human )?(?:agent|person|human|advisor|expert|specialist|team member)|hands? (?:you )?(?:over|off) to (?:a |an |our )(?:live |human )?(?:agent|person|human|advisor|team)|transfers? you to (?:a |an |our )(?:live |human )?(?:agent|person|human|advisor)|a member of our team will (?:take over|join)',
    chat: 'chat|chatbot|bots?\\b|virtual assistant|messenger',
  },
  chatLoaderNames: ['chat', 'chatbot', 'chatbox', 'chatwidget', 'messenger'],
  chatLoaderHostLabels: ['bot'],
  chatLoaderLookalikes: ['chatham', 'chatsworth', 'chattanooga', 'chatswood', 'chatfield', 'chatterton', 'chattel'],
  broadcastLabels: 'channel|news|newsletter|follow|subscribe|join',
  contactLinks: {
    strong: [
      'contact',
      'contact us',
      'get in touch',
      'support',
      'help',
      'help center',
      'customer service',
      'customer care',
      'sales',
      'talk to sales',
      'imprint',
    ],
    weak: ['legal notice', 'about', 'about us', 'company', 'locations', 'offices', 'find us', 'where to buy', 'faq', 'service', 'legal'],
  },
  ...EN_PAGE_NAMES,
  roles: EN_ROLES,
  notFound: {
    phrases:
      "\\bpage (?:was |could |can )?not (?:be )?found\\b|\\bpage (?:can ?not|can'?t|could ?not|couldn'?t) be found\\b|\\bpage (?:does ?n[o']t|no longer) exists?\\b|\\b(?:can ?not|can'?t|could ?not|couldn'?t) find (?:that|this|the|your) page\\b|\\bpage you (?:requested|are looking for|were looking for)\\b.{0,30}(?:not (?:be )?found|does ?n[o']t exist|(?:can ?not|can'?t|could ?not|couldn'?t) be found)",
    bare: ['not found'],
    filler: ['oops', 'whoops', 'sorry', 'uh', 'oh', 'error', 'http', 'code', 'page'],
  },
  ...EN_MAILBOXES,
  ...EN_CRAWL,
  ...EN_BLOCK_PAGE,
  // Written-out addresses as vendors' pages write them ("sales [at] acme [dot] com"); the prose words are
  // those that stand around a bare " at " in English sentences ("meet us at the office").
  emailWords: {
    at: ['at'],
    dot: ['dot'],
    bareAt: ['at'],
    bareDot: ['dot'],
    prose: (
      'us me you him her them it this that these those we they i a an the our your my his their its one ' +
      'meet meeting look looking arrive arriving stay staying be is are was were am available open opens ' +
      'closed located based here there now home work office noon night least all first last once times ' +
      'sold priced starting available find found see call reach contact email visit write apply sign'
    ).split(' '),
  },
  placeholderEmail: {
    local:
      'your-?name|your[._-]?(?:e-?mail|address)|you|yourself|name|first-?name(?:[._-]?last-?name)?|first[._-]last|' +
      'john[._-]?doe|jane[._-]?doe|username|user|someone',
    domain: '(?:your-?)?domain\\.[a-z]+|email\\.com|e-?mail\\.[a-z]{2,3}|your-?(?:company|site|website|business)\\.[a-z]+|mysite\\.com|sample\\.com|test\\.com',
  },
  contactTypes: {
    sales: '\\breservations?\\b|\\bbookings?\\b',
    support: 'bill payment|credit card support|emergency|baggage tracking|package tracking|roadside assistance',
  },
  phoneLabels: {
    imageWords: 'phone(?:[\\s_-]?number)?|telephone|hotline|call[\\s_-]?(?:us|now)|tel',
    registeredIn: 'registered\\s+in',
    phone:
      '(?:phone|contact|tel(?:ephone)?)\\s+(?:number|no\\.?|nr\\.?)|phone|telephone|tel|ph|call(?:\\s+us)?|toll[\\s-]?free|freephone|free\\s?call|hotline|helpline|mobile|mob|cell(?:ular)?|office|direct|main|switchboard|whatsapp',
    fax: 'fax|facsimile|fx',
    joiners: 'and|or',
    unitWords: 'suite|unit|building|bldg|block|apt|flat|floor|room|level|hall|gate|lot|box|section|row',
    idWords:
      'abn|acn|ein|tin|tax|vat|serial|s\\/n|ref(?:erence)?|tracking|patent|version|build|firmware|zip|postcode|po\\s?box|routing|sort\\s?code|qty|quantity|pcs|id',
    idNumbered: 'item|part|model|order|invoice|account|customer|case|ticket|licen[cs]e|company|reg(?:istration|istered)?|product|lot|batch',
    numberWords: 'no|num|number|code|id',
    extension: 'ext|extn|extension|ex[.:]',
    extensionAfterNumber: 'x',
  },
  helpDesk: {
    ticketLinks:
      'submit a (?:support )?request|(?:open|create|raise|log|submit|file) a (?:new |support )?(?:ticket|case)|new (?:support )?ticket|support portal|my (?:support )?tickets',
    hostLabels: ['support', 'help', 'helpdesk', 'helpcenter', 'servicedesk', 'tickets'],
  },
  gates: {
    idNumber:
      'serial (?:number|no\\b|#)|service tag|express service code|(?:order|customer|account|contract|invoice|model|licen[cs]e) (?:number|no\\b|id\\b)|support (?:id|pin)\\b|product key|licen[cs]e key|imei|proof of purchase',
    ready: '(?:have|keep)\\b[^.]{0,60}\\b(?:ready|to hand|at hand|handy|nearby)|before (?:you )?(?:call|contact|reach|chat|open)',
    require: '(?:enter|provide|need|needs|needed|require|required|requires|must|quote|give us|supply)\\b',
    contact:
      'contact|call|phon|reach us|reach our|speak|talk|chat|support|ticket|agent|representative|hotline|help ?desk|service desk|customer service|request a\\b|submit a request',
    signIn:
      '(?:sign|log)[ -]?(?:in|on) (?:to|first|before)\\b|please (?:sign|log)[ -]?in\\b|(?:must|need to|have to|should) (?:be )?(?:signed|logged)[ -]in|(?:must|need to|have to) (?:sign|log)[ -]?in|(?:only|exclusively) (?:for |available to |to )?(?:registered|existing|logged[ -]in|signed[ -]in) (?:customers|users|members)|(?:registered|logged[ -]in) (?:customers|users|members) only|requires? (?:an? )?(?:account|login|sign[ -]in)|(?:login|sign[ -]in) (?:is )?required|create an account to',
    paidPlan:
      '(?:available|included|offered|provided|reserved)\\b[^.]{0,30}\\b(?:on|with|in|for|to)\\b[^.]{0,20}\\b(?:premium|enterprise|business|pro|paid|professional|plus|gold|platinum|higher)\\b[^.]{0,20}\\b(?:plans?|tiers?|subscriptions?|customers|editions?|packages?|accounts?)|paid (?:support|plans?|subscriptions?|tiers?)|support (?:contract|agreement|subscription|plan)s? (?:is |are )?required|requires? (?:an? )?(?:active |valid |paid )?(?:support |maintenance |service )?(?:contract|subscription|agreement|plan)\\b|(?:with|under) (?:an? )?(?:active |valid )?(?:support|maintenance|service) (?:contract|agreement|subscription)|(?:only|exclusively) (?:for|to|available to) (?:our )?(?:premium|enterprise|paying|paid|business) (?:customers|plans|users|subscribers)|per[- ]incident (?:fee|charge)|for a fee',
    following: 'following',
    perMinute: 'per',
  },
  forms: {
    message: 'message|msg\\b|comments?\\b|inquir|enquir|question|your request|details|description|how can we help',
    email: 'e-?mail|mail\\b',
    phone: 'phone|tel\\b|telephon|mobile|cell|gsm\\b|whatsapp',
    checkout: 'card.?number|cc.?num|cardnumber|cvv|cvc|csc\\b|security code|add.?to.?cart|checkout',
    cartPaths: 'cart|basket|checkout',
    review: 'rating|rate\\b|review|stars?\\b',
    recipient: 'recipient|friend|to.?e-?mail|mail.?to\\b|e-?mail.?to\\b',
    otherParty: 'abuse|ad.?reply|reply.?to.?ad\\b',
    order: 'order.?(?:no|nr|num|number|id|#)',
    serial: 'serial|imei\\b',
    application: '\\bcv\\b|resume\\b|curriculum vitae|cover.?letter',
    account: 'user.?name|login\\b',
    notMessageBox: 'address|conditions|terms|signature',
    topic: 'department|topic|subject|category|reason|inquiry.?type|enquiry.?type|request.?type',
    contactPurpose:
      'contact|get in touch|feedback|enquir|inquir|ask (?:a|your|us a) question|write to us|send us a message|message us|call ?back|request a (?:quote|demo|call)|call (?:me|us) back',
    commentHeading:
      'leave a (?:reply|comment)|post a comment|(?:add|write) (?:a |your )?comment\\b|write a review|join the (?:discussion|conversation)|^(?:\\d+ )?comments?:?$|^\\d+ (?:comments?|responses?|replies|thoughts) (?:to|on)\\b',
    commentForm: 'comment|guest ?book|reply|review|forum|posting|new (?:topic|thread)',
    notContact:
      "newsletter|subscribe|unsubscribe|survey|webinar|whitepaper|white paper|e-?book|download the|product updates|pricing updates|apply for|job application|submit (?:your |my )?application|apply now|\\brsvp\\b|cover letter|\\bcv\\b|resume\\b|(?:tell|email|send (?:this |it )?to|share (?:this |it )?with) a friend|friend's email|create (?:a |an |your )?(?:new )?account|registr(?!ered (?:office|address))|sign ?up|moderat|report abuse|donate\\b|make a donation|donation amount|claim (?:this|your) (?:business|listing|profile|page)|share (?:your |my |this )?wish ?list|report (?:this|the) (?:listing|ad|advert|post|comment|review|user|profile|photo|video|content)|reply to (?:the |this )?ad\\b|adreply|contact (?:the )?seller|add (?:a )?new\\b|add record|submit (?:a |your )?(?:link|site|listing|url|event|article)|forgot (?:your )?password|reset (?:your )?password|password reset|lost (?:your )?password|register\\b|register (?:now|for|today)",
  },
};

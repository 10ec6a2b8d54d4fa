// Third-party form services and captcha widgets, recognised by the markers their documented embed
// snippets leave in a page. A form sent through a service is still a contact form; the service
// is reported as the flag 'embed:<service>'.
// Sources: each service's embed code (HubSpot hbspt.forms.create + js.hsforms.net, Typeform
// data-tf-widget/data-tf-live + embed.typeform.com, Jotform form.jotform.com/jsform/<id>,
// Google Forms docs.google.com/forms/.../viewform?embedded=true, Contact Form 7 .wpcf7-form,
// Gravity Forms .gform_wrapper, Marketo MktoForms2.loadForm, Formstack's JavaScript embed
// <account>.formstack.com/forms/js.php/<form>, Wufoo's embed snippet, which loads
// secure.wufoo.com/scripts/embed/form.js, Ninja Forms 3, which renders into div.nf-form-cont with no
// <form> in the HTML, reCAPTCHA .g-recaptcha, hCaptcha .h-captcha, Cloudflare Turnstile .cf-turnstile).

/** Where a <form> posts: action host (and path) → service. */
export const ACTION_SERVICES: [RegExp, string][] = [
  [/(?:^|\.)(?:hsforms\.com|hsforms\.net|hubspot\.com)$/, 'hubspot'],
  [/(?:^|\.)formspree\.io$/, 'formspree'],
  [/(?:^|\.)jotform\.com$/, 'jotform'],
  [/(?:^|\.)typeform\.com$/, 'typeform'],
  [/^docs\.google\.com$/, 'google-forms'],
  [/(?:^|\.)pardot\.com$/, 'pardot'],
  [/^webto\.salesforce\.com$/, 'salesforce'],
  [/(?:^|\.)formstack\.com$/, 'formstack'],
  [/(?:^|\.)wufoo\.com$/, 'wufoo'],
  [/(?:^|\.)getform\.io$/, 'getform'],
  [/(?:^|\.)usebasin\.com$/, 'basin'],
  [/(?:^|\.)zohopublic\.(?:com|eu|in)$/, 'zoho-forms'],
];

/** Markup on or around a <form> (checked with cheerio's closest/find) → service. */
export const MARKUP_SERVICES: [selector: string, service: string][] = [
  ['.wpcf7, .wpcf7-form, [name="_wpcf7"]', 'wpcf7'],
  ['.gform_wrapper, [id^="gform_"], [name="gform_submit"]', 'gravity-forms'],
  ['.hs-form, .hbspt-form, .hs-form-private', 'hubspot'],
  ['.mktoForm', 'marketo'],
  ['.wpforms-form, .wpforms-container', 'wpforms'],
  ['.nf-form-cont', 'ninja-forms'],
  ['[data-netlify]', 'netlify'],
  // Elementor Pro's form widget: https://developers.elementor.com/docs/hooks/forms/ (class elementor-form).
  ['.elementor-form', 'elementor'],
];

/** Forms rendered by a script or shown in an iframe: the form element may not be in the HTML at all. */
export const IFRAME_SERVICES: [RegExp, string][] = [
  [/^https?:\/\/(?:[\w-]+\.)?typeform\.com\/to\//i, 'typeform'],
  [/^https?:\/\/(?:form\.|www\.|[\w-]+\.)?jotform\.com\//i, 'jotform'],
  [/^https?:\/\/docs\.google\.com\/forms\//i, 'google-forms'],
  [/^https?:\/\/forms\.gle\//i, 'google-forms'],
  [/^https?:\/\/forms\.(?:office|microsoft)\.com\//i, 'microsoft-forms'],
  [/^https?:\/\/share\.hsforms\.com\//i, 'hubspot'],
  [/^https?:\/\/tally\.so\//i, 'tally'],
  [/^https?:\/\/go\.pardot\.com\/l\//i, 'pardot'],
  [/^https?:\/\/forms\.zohopublic\.(?:com|eu|in)\//i, 'zoho-forms'],
  [/^https?:\/\/(?:www\.)?cognitoforms\.com\//i, 'cognito-forms'],
  // The iframe embeds of Wufoo (<account>.wufoo.com/embed/<form>/) and Formstack (<account>.formstack.com/forms/<name>), as their embed codes write them.
  [/^https?:\/\/[\w-]+\.wufoo\.com\/(?:embed|forms)\//i, 'wufoo'],
  [/^https?:\/\/[\w-]+\.formstack\.com\/forms\//i, 'formstack'],
];

/** Inline script calls that render a form into the page. */
export const SCRIPT_SERVICES: [RegExp, string][] = [
  [/hbspt\.forms\.create\s*\(/, 'hubspot'],
  [/MktoForms2\.loadForm\s*\(/, 'marketo'],
  [/secure\.wufoo\.com\/scripts\/embed\/form\.js/, 'wufoo'],
];

/** Script sources of the same (the Jotform script embed names the form in its URL). */
export const SCRIPT_SRC_SERVICES: [RegExp, string][] = [
  [/^https?:\/\/form\.jotform\.com\/jsform\/\d+/i, 'jotform'],
  [/^https?:\/\/(?:www\.)?cognitoforms\.com\/f\/seamless\.js/i, 'cognito-forms'],
  [/^https?:\/\/(?:[\w-]+\.)?formstack\.com\/forms\/js\.php/i, 'formstack'],
  [/^https?:\/\/secure\.wufoo\.com\/scripts\/embed\/form\.js/i, 'wufoo'],
];

/** Containers a service's script renders its form into, with no <form> in the HTML: class → service. */
export const CONTAINER_SERVICES: [RegExp, string][] = [[/(?:^|\s)nf-form-cont(?:\s|$)/, 'ninja-forms']];

/** Captcha widgets inside a form. */
export const CAPTCHA_IN_FORM =
  '.g-recaptcha, .h-captcha, .cf-turnstile, .frc-captcha, [data-sitekey], [name="g-recaptcha-response"], [name="h-captcha-response"], [name="cf-turnstile-response"], iframe[src*="recaptcha"], iframe[src*="hcaptcha"]';

/** Captcha scripts loaded for the whole page (invisible reCAPTCHA v3 guards every form it is told to). */
export const CAPTCHA_SCRIPT =
  /google\.com\/recaptcha|recaptcha\.net|gstatic\.com\/recaptcha|hcaptcha\.com\/1\/api|challenges\.cloudflare\.com\/turnstile|friendlycaptcha/i;

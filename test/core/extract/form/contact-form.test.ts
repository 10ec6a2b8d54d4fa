import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactFormExtractor } from '../../../../src/core/extract/form/contact-form.js';
import { parsePage } from '../../../../src/core/page/parsed-page.js';

const URL = 'https://www.acme.example/contact/';
const run = (body: string, title = 'Contact', head = '') =>
  contactFormExtractor.extract(parsePage(URL, `<html><head><title>${title}</title>${head}</head><body>${body}</body></html>`));

const basic = (inner = '', attrs = 'action="/send"') =>
  `<form ${attrs}><label for="n">Name</label><input id="n" name="name"><label for="e">Email</label><input id="e" name="email"><textarea name="message"></textarea>${inner}<button>Send</button></form>`;

describe('contactFormExtractor: what counts', () => {
  it('finds a plain contact form with its absolute action, heading and region', () => {
    expect(run(`<main><h2>Write to us</h2>${basic()}</main>`)).toEqual([
      { kind: 'form', value: 'https://www.acme.example/send', role: 'general', flags: ['asks-email'], context: 'Write to us', region: 'main' },
    ]);
  });

  it('uses the page URL for an empty or script action', () => {
    expect(run(basic('', 'action=""'))[0]?.value).toBe(URL);
    expect(run(basic('', 'action="javascript:void(0)"'))[0]?.value).toBe(URL);
    expect(run(basic('', ''))[0]?.value).toBe(URL);
  });

  it.each([
    ['German labels, no types', '<label for="a">Ihre Nachricht</label><input id="a" name="f1"><label for="b">Telefon</label><input id="b" name="f2">'],
    ['French placeholders', '<input name="x" placeholder="Votre message"><input name="y" placeholder="Courriel">'],
    ['Spanish', '<input name="mensaje"><input type="email" name="z">'],
    ['Italian', '<input name="messaggio"><input name="cellulare">'],
    ['Dutch', '<input name="bericht"><input name="telefoon">'],
    ['Portuguese', '<textarea name="mensagem"></textarea><input name="telefone">'],
    ['Contact Form 7 names', '<input name="your-email"><textarea name="your-message"></textarea>'],
    ['camelCase names', '<input name="contactEmail"><input name="userMessage">'],
    ['a wrapping label', '<label>Anliegen <input name="f1"></label><label>E-Mail-Adresse <input name="f2"></label>'],
  ])('recognises %s', (_name, fields) => {
    expect(run(`<form>${fields}</form>`)).toHaveLength(1);
  });

  it('reads the role from subject options, legend, submit text, heading, title and URL', () => {
    const select = (opts: string[]) => `<select name="subject">${opts.map((o) => `<option>${o}</option>`).join('')}</select>`;
    expect(run(`<h2>Contact</h2>${basic(select(['Sales enquiry', 'Pricing']))}`)[0]?.role).toBe('sales');
    expect(run(`<h2>Contact</h2>${basic(select(['Technical support', 'Warranty']))}`)[0]?.role).toBe('support');
    expect(run(`<h2>Support</h2>${basic(select(['Sales enquiry', 'Technical support']))}`)[0]?.role).toBe('general');
    expect(run(basic('<input type="hidden" name="department" value="vertrieb">'))[0]?.role).toBe('sales');
    expect(run(basic('<fieldset><legend>Kundenservice</legend></fieldset>'))[0]?.role).toBe('support');
    expect(run(`<h2>Talk to sales</h2>${basic()}`)[0]?.role).toBe('sales');
    expect(run(basic(), 'Help Center – Acme')[0]?.role).toBe('support');
    expect(run(basic('', 'id="sales-contact"'))[0]?.role).toBe('sales');
    expect(run(basic('<input type="submit" value="Contact support">'))[0]?.role).toBe('support');
  });
});

describe('contactFormExtractor: flags', () => {
  it('flags a captcha inside the form, or loaded for the page', () => {
    expect(
      run(basic('<div class="g-recaptcha" data-sitekey="x"></div><textarea name="g-recaptcha-response" style="display:none"></textarea>'))[0]?.flags,
    ).toEqual(['asks-email', 'captcha']);
    expect(run(basic('<div class="cf-turnstile"></div>'))[0]?.flags).toEqual(['asks-email', 'captcha']);
    expect(run(basic(), 'Contact', '<script src="https://www.google.com/recaptcha/api.js?render=k"></script>')[0]?.flags).toEqual(['asks-email', 'captcha']);
    expect(run(basic(), 'Contact', '<script src="https://js.hcaptcha.com/1/api.js"></script>')[0]?.flags).toEqual(['asks-email', 'captcha']);
    expect(run(basic(), 'Contact', '<script src="https://cdn.example/app.js"></script>')[0]?.flags).toEqual(['asks-email']);
  });

  it('takes a "Security Code" copied from a picture for the captcha it is, not a card code', () => {
    const captcha = `<p><img src="/captcha.php" alt="Security Image"></p><label for="c">Security Code:</label><input id="c" name="c[securityCode]">`;
    expect(run(basic(captcha)).map((f) => f.kind)).toEqual(['form']);
    const imageButton = `<label for="v">Security Code:</label><input id="v" name="chrono_verification"><input type="image" src="/send.png">`;
    expect(run(basic(imageButton)).map((f) => f.kind)).toEqual(['form']);
    // Without the picture, or with a card's number too, it is a checkout.
    expect(run(basic('<label for="c">Security Code:</label><input id="c" name="code">'))).toEqual([]);
    expect(run(basic(`${captcha}<label for="k">Card number</label><input id="k" name="card">`))).toEqual([]);
  });

  it('flags sign-in wording around the form', () => {
    expect(run(`<p>Please log in to contact support.</p>${basic()}`)[0]?.flags).toEqual(['asks-email', 'login-required']);
    expect(run(`<p>We reply within a day.</p>${basic()}`)[0]?.flags).toEqual(['asks-email']);
  });

  it.each([
    ['hubspot', basic('', 'action="https://forms.hsforms.com/submissions/v3/public/submit/formsnext/multipart/1/2"')],
    ['formspree', basic('', 'action="https://formspree.io/f/abc"')],
    ['jotform', basic('', 'action="https://submit.jotform.com/submit/123/"')],
    ['google-forms', basic('', 'action="https://docs.google.com/forms/d/e/x/formResponse"')],
    ['wpcf7', `<div class="wpcf7">${basic('', 'class="wpcf7-form" action="/contact/#wpcf7-f1"')}</div>`],
    ['gravity-forms', `<div class="gform_wrapper">${basic('', 'id="gform_1"')}</div>`],
  ])('flags a form sent through %s', (service, html) => {
    expect(run(html)[0]?.flags).toContain(`embed:${service}`);
  });

  it('accepts a sales lead form without a message field, flagged', () => {
    const lead =
      '<h2>Request a demo</h2><form><input name="firstname"><input type="email" name="email"><input name="company"><button>Book a demo</button></form>';
    expect(run(lead)).toEqual([expect.objectContaining({ role: 'sales', flags: ['lead-form', 'asks-email'] })]);
  });

  it('says what the form asks for: a way to reply, and an order or serial number first', () => {
    const form =
      '<form><input type="email" name="email"><input type="tel" name="phone"><input name="order_number"><input name="serial"><textarea name="message"></textarea></form>';
    expect(run(form)[0]?.flags).toEqual(['asks-email', 'asks-phone', 'order-number', 'serial-number']);
  });
});

describe('contactFormExtractor: callback requests', () => {
  // Name and phone only: the vendor calls back. The form's own words or its heading say so.
  it.each([
    [
      'en',
      '<h2>Request a callback</h2><form><input name="name" placeholder="Your name"><input name="phone" placeholder="Phone number"><button>Call me back</button></form>',
    ],
    ['fr', '<h2>Vous souhaitez être rappelé ?</h2><form><input name="nom" placeholder="Nom"><input type="tel" name="tel"><button>Rappelez-moi</button></form>'],
    ['ru', '<h2>Заказать обратный звонок</h2><form><input name="name"><input type="tel" name="phone"><button>Отправить</button></form>'],
  ])('finds a callback request (%s)', (_lang, body) => {
    const found = run(body);
    expect(found).toHaveLength(1);
    expect(found[0]?.flags).toContain('asks-phone');
  });
  it('does not take a password reminder for a callback form', () => {
    expect(run('<h2>Rappel du mot de passe</h2><form><input type="email" name="email"><button>Envoyer</button></form>')).toEqual([]);
  });
});

describe('contactFormExtractor: what does not count', () => {
  it.each([
    ['a search form', '<form role="search"><input name="q"><textarea name="message"></textarea><input type="email"></form>'],
    ['a lone q box', '<form action="/search"><input name="q"></form>'],
    ['a type=search box', '<form><input type="search" name="term"></form>'],
    ['a sign-in form', '<form><input type="email" name="email"><input type="password" name="pw"><textarea name="message"></textarea></form>'],
    ['a newsletter form', '<form><h3>Subscribe to our newsletter</h3><input type="email" name="email"><button>Subscribe</button></form>'],
    [
      'a newsletter form with a name',
      '<h2>Newsletter</h2><form><input name="name"><input type="email" name="email"><input name="company"><button>Anmelden</button></form>',
    ],
    ['a checkout form', '<form><input name="email" type="email"><input name="cardnumber" autocomplete="cc-number"><textarea name="notes"></textarea></form>'],
    [
      'an add-to-cart form',
      '<form action="/cart/add"><input name="quantity"><input type="email" name="notify"><textarea name="gift-message"></textarea><button name="add-to-cart">Add to cart</button></form>',
    ],
    [
      'a WordPress comment form',
      '<form id="commentform" action="/wp-comments-post.php"><textarea name="comment"></textarea><input name="email"><input type="hidden" name="comment_post_ID" value="4"></form>',
    ],
    ['a comment form under "Leave a Reply"', '<h3>Leave a Reply</h3><form><textarea name="comment"></textarea><input name="email"></form>'],
    ['a review form', '<form><input type="radio" name="rating" value="5"><textarea name="review"></textarea><input name="email"></form>'],
    [
      'a signup for pricing updates',
      '<h2>Get pricing updates</h2><form><input name="name"><input type="email" name="email"><input name="company"><button>Sign up</button></form>',
    ],
    ['a message without a way to reply', '<form><textarea name="message"></textarea><input name="name"></form>'],
    [
      'a Drupal comment form (its id and action say comment)',
      '<form id="comment-form" action="/comment/reply/12"><input name="name"><input name="mail"><textarea name="comment_body"></textarea><input type="submit" value="Save"></form>',
    ],
    [
      'a comment form posting to /comments/add',
      '<form action="/comments/add"><input name="author"><input name="email"><textarea name="body"></textarea><input type="submit" value="Submit"></form>',
    ],
    [
      'a form whose button posts a comment',
      '<form action="/p/12"><input name="name"><input name="email"><textarea name="text"></textarea><button>Post comment</button></form>',
    ],
    ['a reply form', '<form id="reply-form"><input name="name"><input name="email"><textarea name="reply"></textarea><button>Reply</button></form>'],
    [
      'a review form without a rating, under "Write a review"',
      '<h3>Write a review</h3><form action="/product/12/reviews/new"><input name="name"><input name="email"><input name="title"><textarea name="body"></textarea><button>Submit review</button></form>',
    ],
    [
      'a new forum topic',
      '<form action="/forum/posting.php?mode=post"><input name="subject"><input name="email"><textarea name="message"></textarea><button>Submit</button></form>',
    ],
    [
      'a job application without a CV field, under "Apply now"',
      '<h2>Apply now</h2><form action="/careers/apply"><input name="name"><input name="email"><input name="phone"><textarea name="why"></textarea></form>',
    ],
    [
      'an RSVP',
      '<h2>RSVP</h2><form action="/rsvp"><input name="name"><input name="email"><input name="guests"><textarea name="message"></textarea><button>RSVP</button></form>',
    ],
    ['a guestbook that names itself', '<form action="/guestbook/sign.php"><input name="name"><input name="email"><textarea name="message"></textarea></form>'],
    [
      'a German comment form',
      '<form class="kommentarformular"><input name="name"><input name="email"><textarea name="nachricht"></textarea><button>Absenden</button></form>',
    ],
    [
      'a comment form under "Add your comment"',
      '<h3>Add your comment</h3><form action="/x"><input name="name"><input name="email"><textarea name="msg"></textarea></form>',
    ],
    [
      'an ASP.NET form around the whole page, with no field, on the contact page',
      '<form id="ctl01" action="contact-us.aspx" method="post"><input type="hidden" name="__VIEWSTATE" value="x"><h1>Contact us</h1><p>Call 555 0100.</p></form>',
    ],
    ['an email-only form outside a sales context', '<form><input name="name"><input type="email" name="email"><input name="company"></form>'],
    ['hidden fields only', '<form><input type="hidden" name="email"><textarea name="message" hidden></textarea></form>'],
  ])('%s', (_name, html) => {
    expect(run(html)).toEqual([]);
  });
});

describe('contactFormExtractor: real-world shapes', () => {
  it('reads a Shopify contact form and drops the fragment from its action', () => {
    const shopify =
      '<form method="post" action="/contact#contact_form" id="contact_form" class="contact-form"><input type="hidden" name="form_type" value="contact">' +
      '<input type="email" name="contact[email]"><textarea name="contact[body]"></textarea><button type="submit">Send</button></form>';
    expect(run(shopify)).toEqual([expect.objectContaining({ value: 'https://www.acme.example/contact' })]);
  });

  it('does not take a Shopify newsletter form (same action, email only)', () => {
    const news =
      '<form method="post" action="/contact#contact_form"><input type="hidden" name="contact[tags]" value="newsletter"><input type="email" name="contact[email]"></form>';
    expect(run(news)).toEqual([]);
  });

  it('reads a caption written just before the field instead of a label', () => {
    expect(run('<form><div>Ihre Nachricht</div><input name="f1"><div>E-Mail</div><input name="f2"></form>')).toHaveLength(1);
    expect(run('<form><div>Ihr Name</div><input name="f1"><div>Firma</div><input name="f2"></form>')).toEqual([]);
  });

  it('reads labels given by aria-labelledby', () => {
    const html =
      '<form><span id="l1">Ihre Nachricht</span><input name="f1" aria-labelledby="l1"><span id="l2">Telefonnummer</span><input name="f2" aria-labelledby="l2"></form>';
    expect(run(html)).toHaveLength(1);
  });

  it('reads at most 100 forms, quickly', () => {
    const many = Array.from({ length: 150 }, (_, i) => basic(`<select name="topic"><option>Sales</option></select>`, `action="/f${i}"`)).join('');
    const t0 = Date.now();
    expect(run(many)).toHaveLength(100);
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});

describe('contactFormExtractor: odd HTML', () => {
  const pieces = [
    '<form action="',
    '<form>',
    '</form>',
    '<textarea name="message">',
    '<input type="email" name="email">',
    '<input name="',
    '<label for="x">',
    'E-Mail',
    '<select name="subject"><option>Sales',
    '"',
    '<',
    '>',
    '&amp;',
    'javascript:',
    '%%',
    'http://[::1',
    '<script>hbspt.forms.create(</script>',
    '<iframe src="https://form.typeform.com/to/',
    '<div data-tf-widget="',
  ];
  it('never throws and always returns well-formed findings', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        for (const f of run(parts.join(''))) {
          expect(f.kind).toBe('form');
          expect(() => new globalThis.URL(f.value)).not.toThrow();
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('forms that carry a message and an email but do not reach the vendor', () => {
  const page = (body: string) => contactFormExtractor.extract(parsePage('https://shop.example/p', `<html lang="en"><body>${body}</body></html>`));
  it.each([
    [
      'a job application',
      '<h2>Apply for this job</h2><form><input type="email" name="email"><textarea name="cover_letter"></textarea><button>Submit application</button></form>',
    ],
    [
      'a German Bewerbung',
      '<h2>Jetzt bewerben</h2><form><input type="email" name="email"><textarea name="nachricht"></textarea><button>Absenden</button></form>',
    ],
    [
      'a tell-a-friend form',
      '<h2>Share with a friend</h2><form><input type="email" name="friend_email"><textarea name="message"></textarea><button>Send to a friend</button></form>',
    ],
    [
      'a report to the moderators of one listing',
      '<h3>Report this listing</h3><form action="/report"><input name="email" placeholder="Email"><textarea name="reason" placeholder="Reason"></textarea><button>Report</button></form>',
    ],
    [
      'a donation with a dedication',
      '<h2>Donate</h2><form action="/give"><input name="name"><input type="email" name="email"><input name="amount"><textarea name="dedication"></textarea><button>Donate now</button></form>',
    ],
    [
      'a directory listing claimed by its owner',
      '<h2>Claim this business</h2><form action="/claim"><input name="name"><input type="email" name="email"><input name="phone"><textarea name="proof"></textarea><button>Claim</button></form>',
    ],
    [
      'a wish list shared by email',
      '<h2>Share your wishlist</h2><form action="/wishlist/send"><input name="emails" placeholder="Email addresses"><textarea name="message"></textarea><button>Share</button></form>',
    ],
  ])('%s is not a contact form', (_name, body) => {
    expect(page(body)).toEqual([]);
  });
  // A job application with no words of one around it: its fields say it (a CV to upload, a cover letter to paste).
  it.each([
    [
      'a CV upload under a job title',
      '<h1>Senior Engineer</h1><form><input name="first_name"><input type="email" name="email"><input type="file" name="cv"><textarea name="message"></textarea><button>Submit</button></form>',
    ],
    [
      'a cover letter box',
      '<h1>Warehouse team</h1><form><input name="name"><input type="email" name="email"><label for="c">Cover letter</label><textarea id="c" name="c1"></textarea><button>Send</button></form>',
    ],
    [
      'a German Lebenslauf upload',
      '<h1>Vertrieb (m/w/d)</h1><form><input name="name"><input type="email" name="email"><label>Lebenslauf <input type="file" name="f2"></label><textarea name="nachricht"></textarea><button>Absenden</button></form>',
    ],
  ])('%s is a job application, not a contact form', (_name, body) => {
    expect(page(body)).toEqual([]);
  });
  it('keeps a support form that takes a screenshot as an attachment', () => {
    const body =
      '<h2>Contact support</h2><form><input type="email" name="email"><label>Screenshot <input type="file" name="attachment"></label><textarea name="message"></textarea><button>Send</button></form>';
    expect(page(body)).toHaveLength(1);
  });
  it.each([
    [
      'a password reset',
      '<h2>Forgot your password?</h2><form><input type="email" name="email"><textarea name="note"></textarea><button>Reset password</button></form>',
    ],
    [
      'a German password reset',
      '<h2>Passwort vergessen?</h2><form><input type="email" name="email"><textarea name="hinweis"></textarea><button>Senden</button></form>',
    ],
    [
      'an event registration',
      '<h2>Register for the event</h2><form><input name="name"><input type="email" name="email"><textarea name="dietary"></textarea><button>Register</button></form>',
    ],
  ])('%s is not a contact form', (_name, body) => {
    expect(page(body)).toEqual([]);
  });
  it('still reads "Share your question with us" as a contact form', () => {
    expect(
      page('<h2>Share your question with us</h2><form><input type="email" name="email"><textarea name="message"></textarea><button>Send</button></form>'),
    ).toHaveLength(1);
  });
});

// Classes of forms real sites have (learned on ../shared/corpora/formasaurus-dev, written anew here).
describe('contactFormExtractor: look-alikes and contact forms as real sites write them', () => {
  it.each([
    [
      'send this page to a friend (a recipient field)',
      '<form id="shareForm"><input name="your_name"><input name="your_email"><input name="recipient_email"><textarea name="note"></textarea></form>',
    ],
    ['send to a friend, in French field names', '<form><input name="mailFrom"><input name="mailToFooter"><textarea name="mailMessage"></textarea></form>'],
    [
      'a registration without a password (a user name to choose)',
      '<form><input name="login"><input name="mail"><textarea name="about"></textarea><button>Join</button></form>',
    ],
    ['a registration by its heading', '<h2>Create new account</h2><form><input name="name"><input name="mail"><textarea name="conditions"></textarea></form>'],
    ['a registration whose only text box is the postal address', '<form><input name="email"><input name="phone"><textarea name="address"></textarea></form>'],
    [
      'reporting an ad to the moderators',
      '<form><input type="hidden" name="action" value="abuse"><input name="abuse_contact"><textarea name="abuse_info"></textarea></form>',
    ],
    ["replying to another user's ad", '<form><input name="name"><input name="email"><textarea name="adreply_body"></textarea></form>'],
    [
      'a product review with a star rating',
      '<form><input name="name"><input name="email"><input type="radio" name="rate" value="5"><textarea name="message"></textarea></form>',
    ],
    [
      'a form that only posts to the contact URL, its name saying something else',
      '<form id="bookSpecialOffersForm" action="/contact-us/"><input type="hidden" name="offer" value="x"></form>',
    ],
  ])('%s: not a contact form', (_, html) => {
    expect(run(html)).toEqual([]);
  });

  it.each([
    [
      'a contact form without a message box, under "Contact us"',
      '<h1>Contact Us</h1><form><input name="name"><input name="email"><input name="order"><input name="telephone"></form>',
    ],
    [
      'a question box alone, on the vendor\'s "Contact" panel',
      '<h3>Contact</h3><form action="/event/1"><textarea name="question"></textarea><button>Ask!</button></form>',
    ],
    [
      'site feedback: a message box alone',
      '<h2>Site Feedback</h2><form action="javascript:void(0)"><textarea name="feedback"></textarea><input type="submit" value="Submit Feedback"></form>',
    ],
    [
      'a contact form its script fills in (no visible field yet)',
      '<form id="contactForm" action="/kontakt"><input type="hidden" name="token" value="x"></form>',
    ],
    [
      'a Chinese "online message" form posting to guestbook.php, as Chinese company sites name their contact form',
      '<h2>在线留言</h2><form action="/guestbook.php"><input name="name"><input name="tel"><textarea name="content"></textarea></form>',
    ],
    [
      'a contact form whose class also says comments',
      '<form class="contact-form commentsblock" action="/contact-us/"><input name="name"><input name="email"><textarea name="comments"></textarea><input type="submit" value="Submit"></form>',
    ],
    [
      'feedback sent with a "Send comments" button, under "Feedback"',
      '<h2>Feedback</h2><form action="/fb"><input name="email"><textarea name="text"></textarea><button>Send comments</button></form>',
    ],
    [
      'a contact form posting to a shop endpoint',
      '<h2>Contact Us</h2><form action="/cart.php"><input name="custom_1"><label for="e">Email Address:</label><input id="e" name="custom_2"><textarea name="custom_3"></textarea></form>',
    ],
    [
      'an email typed twice (confirm) and a honeypot user name',
      '<form id="contact-form"><input name="email"><input name="confirm_email"><input name="username" style="display:none"><input name="website_username"><textarea name="message"></textarea></form>',
    ],
    [
      'captions in the table cell before each field',
      '<form><table><tr><td>Ваш E-mail:</td><td><input name="f1"></td></tr><tr><td>Сообщение:</td><td><textarea name="f8"></textarea></td></tr></table></form>',
    ],
    [
      'a form builder with its title inside the form',
      '<form class="jotform-form"><h2 class="form-header">Contact Us</h2><input name="q1_name"><input type="tel" name="q9_phone"></form>',
    ],
    ['fields tied to the form by form="…"', '<form id="c"></form><input form="c" type="email" name="email"><textarea form="c" name="message"></textarea>'],
    [
      'a form closed early: the fields after </form> are still its own in a browser',
      '<div class="box"><form action="/send"><div class="row"><input name="name"></form><input name="email"><textarea name="message"></textarea><input type="submit" value="Send"></div></div>',
    ],
    [
      'a form a browser emptied out of a table, its rows after it (as a saved page has it)',
      '<table><tr><td>Write to us</td></tr><form action="/p_contact.aspx" method="post"></form><tr><td>Email:</td><td><input name="email"></td></tr><tr><td>Comments:</td><td><textarea name="notes"></textarea></td></tr><tr><td><input type="submit" value="Submit"></td></tr></table>',
    ],
  ])('%s: a contact form', (_, html) => {
    expect(run(html)).toHaveLength(1);
  });

  it('takes loose fields after a form only where the form lost its button to an early close', () => {
    // The search form keeps its own button: the fields after it are a script's widget, not its.
    const searchThenWidget =
      '<form action="/search"><input name="q"><button>Search</button></form><div><input name="email"><textarea name="message"></textarea><button>Send</button></div>';
    expect(run(searchThenWidget)).toEqual([]);
    // A heading starts another part of the page.
    const headingBetween =
      '<form action="/search"><input name="q"></form><h2>Newsletter</h2><input name="email"><textarea name="message"></textarea><button>Send</button>';
    expect(run(headingBetween)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { stateChangingReason } from '../../../src/core/crawl/state-changing-link.js';

const at = (path: string) => `https://example.com${path}`;

describe('stateChangingReason', () => {
  it.each([
    ['/logout', ''],
    ['/account/log-out', ''],
    ['/user/sign_out', ''],
    ['/signout.php', ''],
    ['/wp-login.php?action=logout', ''],
    ['/konto/abmelden', ''],
    ['/se-deconnecter', ''],
    ['/cerrar-sesion', ''],
    ['/esci', ''],
    ['/uitloggen', ''],
    ['/sair', ''],
    ['/account', 'Log out'],
    ['/account', 'Abmelden'],
    ['/account', 'Déconnexion'],
    ['/account', 'Cerrar sesión'],
    ['/account', 'Uitloggen'],
  ])('sign out: %s "%s"', (path, text) => {
    expect(stateChangingReason(at(path), text)).toMatch(/sign out|action/);
  });

  it.each([
    ['/comments/5/delete', ''],
    ['/address/remove', ''],
    ['/posts/3/destroy', ''],
    ['/cart/remove-item', ''],
    ['/item?delete=5', ''],
    ['/konto/loeschen', ''],
    ['/compte/supprimer', ''],
    ['/cuenta/eliminar', ''],
    ['/account/verwijderen', ''],
    ['/conta/excluir', ''],
    ['/x', 'Delete'],
    ['/x', 'Löschen'],
    ['/x', 'Supprimer'],
  ])('delete: %s "%s"', (path, text) => {
    expect(stateChangingReason(at(path), text)).toMatch(/delete|cart/);
  });

  it.each([
    ['/cart/add/123'],
    ['/add-to-cart?id=5'],
    ['/product/5?add-to-cart=5'],
    ['/warenkorb/add/9'],
    ['/basket'],
    ['/checkout'],
    ['/warenkorb'],
    ['/panier'],
    ['/carrito'],
    ['/carrello'],
    ['/winkelwagen'],
    ['/carrinho'],
  ])('cart: %s', (path) => {
    expect(stateChangingReason(at(path))).toMatch(/cart/);
  });

  it.each([
    ['/newsletter/unsubscribe?u=1'],
    ['/newsletter/abbestellen'],
    ['/newsletter/desabonner'],
    ['/uitschrijven'],
    ['/disiscriviti'],
    ['/darse-de-baja'],
    ['/descadastrar'],
  ])('unsubscribe: %s', (path) => {
    expect(stateChangingReason(at(path))).toMatch(/unsubscribe/);
  });

  it('one-click buy, action parameters, wishlist, votes and likes', () => {
    expect(stateChangingReason(at('/p/5/buy-now'))).toMatch(/one-click/);
    expect(stateChangingReason(at('/p/5'), 'Jetzt kaufen')).toMatch(/one-click/);
    expect(stateChangingReason(at('/index.php?do=edit'))).toMatch(/action/);
    expect(stateChangingReason(at('/page?action=print'))).toMatch(/action/);
    expect(stateChangingReason(at('/wishlist/add/5'))).toMatch(/wishlist/);
    expect(stateChangingReason(at('/answers/9/vote'))).toMatch(/vote/);
    expect(stateChangingReason(at('/post/9/like'))).toMatch(/vote or like/);
    expect(stateChangingReason(at('/x'), 'Unsubscribe')).toMatch(/unsubscribe/);
  });

  it.each([
    ['/contact', 'Contact'],
    ['/contact/delete-your-data-request-info', 'How to request deletion of your data'],
    ['/support/remove-malware-guide', 'Removing malware: a guide'],
    ['/privacy', 'Delete your account: how it works in detail'],
    ['/blog/how-we-like-our-customers', 'Blog'],
    ['/products/likert-scales', ''],
    ['/about/cartography', ''],
    ['/help/logging', 'Logging'],
    ['/impressum', 'Impressum'],
    ['/services?category=cart-software', ''],
    ['/voting-machines', ''],
  ])('leaves the plain page %s alone', (path, text) => {
    expect(stateChangingReason(at(path), text)).toBeUndefined();
  });
});

describe('stateChangingReason: add to cart in other languages', () => {
  it.each([
    '/warenkorb/hinzufuegen?artikel=1',
    '/panier/ajouter?produit=4',
    '/carrito/anadir/5',
    '/carrello/aggiungi',
    '/winkelwagen/toevoegen',
    '/carrinho/adicionar',
  ])('%s', (path) => {
    expect(stateChangingReason(`https://example.com${path}`)).toMatch(/add to cart/);
  });
});

describe('stateChangingReason: every language pack (locale/packs/crawl)', () => {
  it.each([
    ['/konto/wyloguj', '', /sign out/],
    ['/account', 'Logga ut', /sign out/],
    ['/account', 'Выйти', /sign out/],
    ['/mypage', 'ログアウト', /sign out/],
    ['/user', '退出登录', /sign out/],
    ['/konto/usun', '', /delete/],
    ['/x', '계정 삭제', /delete/],
    ['/koszyk', '', /cart/],
    ['/varukorg', '', /cart/],
    ['/p/5', 'В корзину', /add to cart/],
    ['/p/5', '장바구니 담기', /add to cart/],
    ['/p/5', 'Kup teraz', /one-click/],
    ['/mail', '配信停止', /unsubscribe/],
    ['/newsletter/avregistrera', '', /unsubscribe/],
    ['/x', 'Newsletter abmelden', /unsubscribe/],
    ['/ulubione/dodaj/5', '', /wishlist/],
    ['/post/9/mi-piace', '', /vote or like/],
  ])('%s "%s"', (path, text, reason) => {
    expect(stateChangingReason(`https://example.com${path}`, text)).toMatch(reason);
  });

  it('leaves their plain pages alone', () => {
    for (const [path, text] of [
      ['/kontakt', 'Kontakt'],
      ['/o-nas', 'O nas'],
      ['/kontakty', 'Контакты'],
      ['/お問い合わせ', 'お問い合わせ'],
      ['/stem-education', ''],
      ['/team/jaime', 'Jaime'],
    ])
      expect(stateChangingReason(`https://example.com${path}`, text), path).toBeUndefined();
  });
});

import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { AccessTokensService } from './access-tokens.service';

describe('AccessTokensService', () => {
  const jwt = new JwtService({
    secret: 'a-secret-of-the-right-length-for-hs256-0123456789',
    signOptions: { algorithm: 'HS256', expiresIn: 60 },
    verifyOptions: { algorithms: ['HS256'] },
  });
  const tokens = new AccessTokensService(jwt);

  afterEach(() => jest.restoreAllMocks());

  it('names the user of a token it signed, every time it is shown', () => {
    const userId = randomUUID();
    const token = tokens.sign(userId);

    expect(tokens.userIdOf(token)).toBe(userId);
    expect(tokens.userIdOf(token)).toBe(userId);
  });

  it('stops accepting a token once it expires, though it was accepted before', () => {
    const token = tokens.sign(randomUUID());
    expect(tokens.userIdOf(token)).toEqual(expect.any(String));

    const { exp } = jwt.decode<{ exp: number }>(token);
    jest.spyOn(Date, 'now').mockReturnValue(exp * 1000);

    expect(tokens.userIdOf(token)).toBeUndefined();
  });

  it.each([
    [
      'a forged token',
      new JwtService({ secret: 'another-secret-of-the-right-length-0123456789' }).sign({
        sub: randomUUID(),
      }),
    ],
    ['a token without a user id', jwt.sign({ sub: 'not-a-uuid' })],
    ['something else', 'not-a-token'],
  ])('refuses %s', (_name, token) => {
    expect(tokens.userIdOf(token)).toBeUndefined();
    expect(tokens.userIdOf(token)).toBeUndefined();
  });
});

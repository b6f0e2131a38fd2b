import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiSecurity } from '@nestjs/swagger';

export const IS_PUBLIC = 'berdaya:public';

/**
 * Lets a route (or every route of a controller) answer without an access token, and documents it
 * so: the OpenAPI document asks for the bearer token everywhere else.
 */
export const Public = () => applyDecorators(SetMetadata(IS_PUBLIC, true), ApiSecurity({}));

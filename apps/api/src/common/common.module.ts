import { Global, Module } from '@nestjs/common';
import { LoaderRegistry } from './graphql/loader-registry';

@Global()
@Module({
  providers: [LoaderRegistry],
  exports: [LoaderRegistry],
})
export class CommonModule {}

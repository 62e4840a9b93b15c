import { Injectable } from '@nestjs/common';
import { AppError } from '../errors/app-error.js';

/** Throws NOT_FOUND or FORBIDDEN unless the signed-in actor may attach evidence to the object. */
export type EvidenceTargetCheck = (objectId: string) => Promise<void>;

/**
 * Who may attach evidence (佐证材料) to what. The evidence feature stores files for objects it
 * does not own; each feature registers a check for its own object types (an actual may get
 * evidence from whoever may report it, a milestone from whoever may update its task). An object
 * type nobody answers for is refused: the registry fails closed.
 */
@Injectable()
export class EvidenceTargets {
  private readonly checks = new Map<string, EvidenceTargetCheck>();

  register(objectType: string, check: EvidenceTargetCheck): void {
    this.checks.set(objectType, check);
  }

  async assertMayAttach(objectType: string, objectId: string): Promise<void> {
    const check = this.checks.get(objectType);
    if (!check) throw AppError.notFound();
    await check(objectId);
  }
}

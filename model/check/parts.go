package check



func (c *checker) checkParts(s *sentence) {}
